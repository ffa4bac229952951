package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Linear recurrences modulo m: a(n) = (c1 a(n-1) + ... + cd a(n-d) + c) mod m, with 0 <= ci, c < m. Fibonacci numbers
 * mod m (Pisano periods), linear congruential generators and shift registers: periodic, but with periods too long to
 * be seen twice in the input. The modulus is the largest term + 1; every coefficient vector is tried for orders up to
 * 2 (up to 3 for moduli up to 16). Residues may also run from 1 to m (a(n) = ((...) - 1) mod m + 1, when no term is
 * 0): digital roots of Fibonacci-like sums.
 *
 * @param low the least residue, 0 or 1
 */
public record ModularRecurrence(BigInteger[] init, long[] coefficients, long constant, long modulus, long low)
        implements SequenceProgram {

    static final long MAX_MODULUS = 64;

    /** Offers every modular recurrence that reproduces the input (part of the {@code recurrence} class's search). */
    static void search(SearchContext ctx, BigInteger[] t) {
        if (t.length < 10) {
            return;
        }
        long max = 0;
        long min = Long.MAX_VALUE;
        for (BigInteger v : t) {
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(MAX_MODULUS)) > 0) {
                return;
            }
            max = Math.max(max, v.longValue());
            min = Math.min(min, v.longValue());
        }
        long[] a = Arrays.stream(t).mapToLong(BigInteger::longValue).toArray();
        for (long low = 0; low <= Math.min(1, min); low++) {
            long m = max + 1 - low;
            if (m >= 2 && m <= MAX_MODULUS) {
                search(ctx, t, a, m, low);
            }
        }
    }

    private static void search(SearchContext ctx, BigInteger[] t, long[] a, long m, long low) {
        for (int d = 1; d <= (m <= 16 ? 3 : 2) && 3 * d + 3 <= a.length; d++) {
            long[] c = new long[d];
            long combos = (long) Math.pow(m, d + 1);
            for (long code = 0; code < combos; code++) {
                long x = code;
                for (int i = 0; i < d; i++) {
                    c[i] = x % m;
                    x /= m;
                }
                long k = x;
                if (c[d - 1] == 0 || !holds(a, c, k, m, low)) {
                    continue;
                }
                ctx.offer(new ModularRecurrence(Arrays.copyOf(t, d), c.clone(), k, m, low));
            }
        }
    }

    private static boolean holds(long[] a, long[] c, long k, long m, long low) {
        for (int n = c.length; n < a.length; n++) {
            long s = k - low;
            for (int i = 0; i < c.length; i++) {
                s += c[i] * a[n - 1 - i];
            }
            if (Math.floorMod(s, m) + low != a[n]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String className() {
        return "recurrence";
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder("a(n) = (");
        boolean first = true;
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i] == 0) {
                continue;
            }
            sb.append(first ? "" : " + ").append(coefficients[i] == 1 ? "" : coefficients[i] + "*").append("a(n-")
                    .append(i + 1).append(')');
            first = false;
        }
        if (constant != low) {
            sb.append(constant > low ? " + " : " - ").append(Math.abs(constant - low));
        }
        sb.append(") mod ").append(modulus);
        return Terms.withInitial(low == 0 ? sb.toString() : sb.append(" + ").append(low).toString(), init);
    }

    @Override
    public void encode(BitCode code) {
        code.natural(coefficients.length - 1).natural(modulus - 2).natural(low);
        for (long c : coefficients) {
            code.choice((int) c, (int) modulus);
        }
        code.choice((int) constant, (int) modulus);
        for (BigInteger v : init) {
            code.choice(v.intValueExact() - (int) low, (int) modulus);
        }
    }

    @Override
    public BigInteger[] terms(int count) {
        long[] out = new long[Math.max(count, init.length)];
        for (int i = 0; i < init.length; i++) {
            out[i] = init[i].longValue();
        }
        for (int n = init.length; n < count; n++) {
            long s = constant - low;
            for (int i = 0; i < coefficients.length; i++) {
                s += coefficients[i] * out[n - 1 - i];
            }
            out[n] = Math.floorMod(s, modulus) + low;
        }
        return Arrays.stream(Arrays.copyOf(out, count)).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }
}
