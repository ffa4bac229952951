package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.Nullspace;

/**
 * Linear recurrences with constant rational coefficients, c0 a(n) = c1 a(n-1) + ... + cd a(n-d), from some start
 * on: every sequence with a rational generating function (polynomials, quasi-polynomials, periodic sequences,
 * Fibonacci-like and inhomogeneous ones). For each start, the smallest order d whose Hankel system (one equation per
 * term from n = start + d on) has a one-dimensional integer null space, found modulo a prime and then solved exactly;
 * at least two equations beyond the unknowns must hold.
 *
 * <p>Misprints: an input whose exact minimal recurrence is long is also tried as a noisy low-order one. Short windows
 * spread over the input each determine a recurrence exactly; each is run over the whole input (backwards to the
 * start, then forwards), and the ranking charges the terms it does not reproduce as exceptions, so a recurrence
 * that explains all but a few misprinted terms wins over a description of the noise.
 */
public final class LinearRecurrence implements ProgramClass {

    /** Terms allowed before the recurrence starts (sums of binomial coefficients over a residue class, say, start late). */
    static final int MAX_START = 8;
    /** Highest order tried; and equations solved beyond the unknowns (the ranking checks every term anyway). */
    static final int MAX_ORDER = 40;
    static final int EXTRA_ROWS = 24;
    /** Highest order tried on noisy input, and windows tried per order. */
    static final int NOISY_MAX_ORDER = 6;
    static final int NOISY_WINDOWS = 24;

    @Override
    public String name() {
        return "recurrence";
    }

    @Override
    public void search(SearchContext ctx) {
        BigInteger[] t = ctx.input().terms();
        int n = t.length;
        long[] res = Nullspace.residues(t);
        int exactFound = Integer.MAX_VALUE;
        int maxOrder = 0;
        for (int s = 0; s <= MAX_START && s < n; s++) {
            // A later start is only worth it for a lower order (else it is the same recurrence with more terms given).
            for (int d = 1; s + 2 * d + 2 <= n && d < exactFound && d <= MAX_ORDER; d++) {
                maxOrder = Math.max(maxOrder, d);
                if (ctx.timeUp()) {
                    return;
                }
                Program p = solve(t, res, s, d, n);
                if (p != null) {
                    ctx.offer(p);
                    exactFound = Math.min(exactFound, d);
                    break;
                }
            }
        }
        ctx.searched(name(), "orders up to " + maxOrder + ", starts 0.." + MAX_START);
        if (exactFound > NOISY_MAX_ORDER) {
            ModularRecurrence.search(ctx, t);
            ctx.searched(name(), "modulo the largest term + 1 (at most " + ModularRecurrence.MAX_MODULUS
                    + "): orders up to 3, every coefficient");
        }
        // Misprints are a property of the user's data, not of a transform's reduction of it.
        if (exactFound > NOISY_MAX_ORDER && n >= 16 && ctx.depth() == 0) {
            noisy(ctx, t);
        }
    }

    /** The order-d recurrence holding from n = s + d to the end, or null. */
    static Program solve(BigInteger[] t, long[] res, int s, int d, int n) {
        int rows = Math.min(n - s - d, d + EXTRA_ROWS);
        long[][] m = new long[rows][d + 1];
        for (int r = 0; r < rows; r++) {
            int i = s + d + r;
            for (int j = 0; j <= d; j++) {
                m[r][j] = res[i - j];
            }
        }
        if (Nullspace.nullityModP(m, d + 1) == 0) {
            return null;
        }
        BigInteger[][] a = new BigInteger[rows][d + 1];
        for (int r = 0; r < rows; r++) {
            int i = s + d + r;
            for (int j = 0; j <= d; j++) {
                a[r][j] = j == 0 ? t[i] : t[i - j].negate();
            }
        }
        BigInteger[] x = Nullspace.exactNullVector(a, d + 1);
        if (x == null || x[0].signum() == 0) {
            return null;
        }
        return new Program(Arrays.copyOf(t, s + d), x[0], Arrays.copyOfRange(x, 1, d + 1));
    }

    /** Recurrences of low order, each determined by a clean-looking window, offered with their exceptions. */
    private void noisy(SearchContext ctx, BigInteger[] t) {
        int n = t.length;
        Set<String> seen = new HashSet<>();
        for (int d = 1; d <= NOISY_MAX_ORDER && 2 * d + 2 <= n / 2; d++) {
            int w = 2 * d + 2;
            int windows = Math.min(NOISY_WINDOWS, n - w + 1);
            for (int k = 0; k < windows; k++) {
                if (ctx.timeUp()) {
                    return;
                }
                int start = (int) ((long) k * (n - w) / Math.max(1, windows - 1));
                BigInteger[] win = Arrays.copyOfRange(t, start, start + w);
                Program p = solve(win, Nullspace.residues(win), 0, d, w);
                if (p == null || !seen.add(Arrays.toString(p.coefficients) + p.c0)) {
                    continue;
                }
                BigInteger[] init = p.backwards(win, start);
                if (init != null) {
                    ctx.offer(new Program(init, p.c0, p.coefficients));
                }
            }
        }
        ctx.searched(name(), "noisy input: orders up to " + NOISY_MAX_ORDER + " from " + NOISY_WINDOWS + " windows each");
    }

    /**
     * {@code c0 a(n) = sum_i coefficients[i-1] a(n-i)} for n >= init.length, after the given initial terms (the last
     * d of which start the recurrence).
     */
    public record Program(BigInteger[] init, BigInteger c0, BigInteger[] coefficients) implements SequenceProgram {

        public int order() {
            return coefficients.length;
        }

        @Override
        public String className() {
            return "recurrence";
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder("a(n) = ");
            boolean first = true;
            for (int i = 1; i <= order(); i++) {
                BigInteger c = coefficients[i - 1];
                if (c.signum() == 0) {
                    continue;
                }
                sb.append(first ? (c.signum() < 0 ? "-" : "") : (c.signum() < 0 ? " - " : " + "));
                if (!c.abs().equals(BigInteger.ONE)) {
                    sb.append(c.abs()).append('*');
                }
                sb.append("a(n-").append(i).append(')');
                first = false;
            }
            if (first) {
                sb.append('0');
            }
            String rule = c0.equals(BigInteger.ONE) || first ? sb.toString() : "a(n) = (" + sb.substring(7) + ")/" + c0;
            if (init.length > order() || first) {
                rule += " for n >= " + init.length;
            }
            return Terms.withInitial(rule, init);
        }

        @Override
        public void encode(BitCode code) {
            code.natural(order() - 1).natural(init.length - order()).natural(c0.subtract(BigInteger.ONE));
            for (BigInteger c : coefficients) {
                code.integer(c);
            }
            Terms.write(code, init, 0);
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = Arrays.copyOf(init, Math.max(count, init.length));
            int d = order();
            for (int n = init.length; n < count; n++) {
                BigInteger s = BigInteger.ZERO;
                for (int i = 1; i <= d; i++) {
                    s = s.add(coefficients[i - 1].multiply(out[n - i]));
                }
                BigInteger[] qr = s.divideAndRemainder(c0);
                if (qr[1].signum() != 0 || !Terms.fits(qr[0])) {
                    return Arrays.copyOf(out, n);
                }
                out[n] = qr[0];
            }
            return Arrays.copyOf(out, count);
        }

        /**
         * The first d terms of the whole input implied by this recurrence and the d terms {@code win} holds at
         * {@code start}: the recurrence run backwards (it needs exact division by its last coefficient); null when
         * it cannot be.
         */
        BigInteger[] backwards(BigInteger[] win, int start) {
            int d = order();
            BigInteger[] v = new BigInteger[start + d];
            System.arraycopy(win, 0, v, start, d);
            BigInteger last = coefficients[d - 1];
            if (last.signum() == 0) {
                return null;
            }
            for (int i = start - 1; i >= 0; i--) {
                // c0 v[i+d] = sum_{j=1..d} c_j v[i+d-j]  =>  c_d v[i] = c0 v[i+d] - sum_{j<d} c_j v[i+d-j]
                BigInteger s = c0.multiply(v[i + d]);
                for (int j = 1; j < d; j++) {
                    s = s.subtract(coefficients[j - 1].multiply(v[i + d - j]));
                }
                BigInteger[] qr = s.divideAndRemainder(last);
                if (qr[1].signum() != 0 || !Terms.fits(qr[0])) {
                    return null;
                }
                v[i] = qr[0];
            }
            return Arrays.copyOf(v, d);
        }
    }
}
