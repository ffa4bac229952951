package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.IntPoly;
import org.ait.synth.sequence.internal.Nullspace;

/**
 * P-recursive (holonomic) sequences: P0(n) a(n) + P1(n) a(n-1) + ... + Pr(n) a(n-r) = 0 with polynomial coefficients
 * in n, as Guess does it: linear algebra over Q on the unknown coefficients of the Pi, one equation per term.
 * Orders r >= 1 and degrees p >= 1 (degree 0 is a constant-coefficient recurrence) are tried by increasing number
 * of unknowns (r+1)(p+1); a relation is accepted when its null space is one-dimensional and at least two equations
 * beyond the unknowns hold. Order 1 is the hypergeometric case: a product of a rational function of n (factorials,
 * Catalan and central binomial numbers, double factorials).
 */
public final class Holonomic implements ProgramClass {

    static final int MAX_START = 2;
    /** Most unknown coefficients tried; and equations solved beyond them (the ranking checks every term anyway). */
    static final int MAX_UNKNOWNS = 36;
    static final int EXTRA_ROWS = 16;

    @Override
    public String name() {
        return "holonomic";
    }

    @Override
    public void search(SearchContext ctx) {
        BigInteger[] t = ctx.input().terms();
        int n = t.length;
        long[] res = Nullspace.residues(t);
        int largest = 0;
        int found = Integer.MAX_VALUE;
        for (int s = 0; s <= MAX_START; s++) {
            search:
            for (int u = 4; u + 2 <= n - s && u < found && u <= MAX_UNKNOWNS; u++) {
                for (int r = 1; 2 * (r + 1) <= u; r++) {
                    int p = u / (r + 1) - 1;
                    if (u % (r + 1) != 0 || n - s - r < u + 1) {
                        continue;
                    }
                    if (ctx.timeUp()) {
                        return;
                    }
                    largest = Math.max(largest, u);
                    Program prog = solve(t, res, s, r, p);
                    if (prog != null) {
                        ctx.offer(prog);
                        found = u;
                        break search;
                    }
                }
            }
        }
        ctx.searched(name(), "up to " + largest + " unknown coefficients, starts 0.." + MAX_START);
    }

    static Program solve(BigInteger[] t, long[] res, int s, int r, int p) {
        int n = t.length;
        int cols = (r + 1) * (p + 1);
        int rows = Math.min(n - s - r, cols + EXTRA_ROWS);
        long[][] m = new long[rows][cols];
        for (int row = 0; row < rows; row++) {
            int idx = s + r + row;
            for (int i = 0; i <= r; i++) {
                long pw = 1;
                for (int j = 0; j <= p; j++) {
                    m[row][i * (p + 1) + j] = res[idx - i] * pw % 2_147_483_647L;
                    pw = pw * idx % 2_147_483_647L;
                }
            }
        }
        if (Nullspace.nullityModP(m, cols) == 0) {
            return null;
        }
        BigInteger[][] a = new BigInteger[rows][cols];
        for (int row = 0; row < rows; row++) {
            int idx = s + r + row;
            BigInteger x = BigInteger.valueOf(idx);
            for (int i = 0; i <= r; i++) {
                BigInteger pw = BigInteger.ONE;
                for (int j = 0; j <= p; j++) {
                    a[row][i * (p + 1) + j] = t[idx - i].multiply(pw);
                    pw = pw.multiply(x);
                }
            }
        }
        BigInteger[] v = Nullspace.exactNullVector(a, cols);
        if (v == null) {
            return null;
        }
        BigInteger[][] polys = new BigInteger[r + 1][];
        for (int i = 0; i <= r; i++) {
            polys[i] = Arrays.copyOfRange(v, i * (p + 1), (i + 1) * (p + 1));
        }
        if (IntPoly.degree(polys[0]) < 0) {
            return null;
        }
        return new Program(Arrays.copyOf(t, s + r), polys);
    }

    /** {@code sum_i polys[i](n) a(n-i) = 0} for n >= init.length, after the given initial terms. */
    public record Program(BigInteger[] init, BigInteger[][] polys) implements SequenceProgram {

        public int order() {
            return polys.length - 1;
        }

        @Override
        public String className() {
            return "holonomic";
        }

        @Override
        public String text() {
            BigInteger[] p0 = polys[0];
            boolean flip = p0[IntPoly.degree(p0)].signum() < 0;
            StringBuilder lhs = new StringBuilder();
            lhs.append(isOne(p0, flip) ? "" : IntPoly.factor(sign(p0, flip), "n") + "*").append("a(n) = ");
            boolean first = true;
            for (int i = 1; i <= order(); i++) {
                // Moved to the right: -P_i.
                BigInteger[] q = sign(polys[i], !flip);
                int deg = IntPoly.degree(q);
                if (deg < 0) {
                    continue;
                }
                boolean negative = q[deg].signum() < 0;
                BigInteger[] shown = negative ? sign(q, true) : q;
                lhs.append(first ? (negative ? "-" : "") : (negative ? " - " : " + "));
                if (!isOne(shown, false)) {
                    lhs.append(IntPoly.factor(shown, "n")).append('*');
                }
                lhs.append("a(n-").append(i).append(')');
                first = false;
            }
            if (first) {
                lhs.append('0');
            }
            String rule = lhs.toString();
            if (init.length > order()) {
                rule += " for n >= " + init.length;
            }
            return Terms.withInitial(rule, init);
        }

        private static boolean isOne(BigInteger[] p, boolean negate) {
            return IntPoly.degree(p) == 0 && p[0].abs().equals(BigInteger.ONE)
                    && (p[0].signum() > 0) != negate;
        }

        private static BigInteger[] sign(BigInteger[] p, boolean negate) {
            if (!negate) {
                return p;
            }
            BigInteger[] q = new BigInteger[p.length];
            for (int k = 0; k < p.length; k++) {
                q[k] = p[k].negate();
            }
            return q;
        }

        @Override
        public void encode(BitCode code) {
            int p = polys[0].length - 1;
            code.natural(order() - 1).natural(p - 1).natural(init.length - order());
            for (BigInteger[] poly : polys) {
                for (BigInteger c : poly) {
                    code.integer(c);
                }
            }
            Terms.write(code, init, 0);
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = Arrays.copyOf(init, Math.max(count, init.length));
            int r = order();
            for (int n = init.length; n < count; n++) {
                BigInteger s = BigInteger.ZERO;
                for (int i = 1; i <= r; i++) {
                    s = s.add(IntPoly.evaluate(polys[i], n).multiply(out[n - i]));
                }
                BigInteger lead = IntPoly.evaluate(polys[0], n);
                if (lead.signum() == 0) {
                    return Arrays.copyOf(out, n);
                }
                BigInteger[] qr = s.negate().divideAndRemainder(lead);
                if (qr[1].signum() != 0 || !Terms.fits(qr[0])) {
                    return Arrays.copyOf(out, n);
                }
                out[n] = qr[0];
            }
            return Arrays.copyOf(out, count);
        }
    }
}
