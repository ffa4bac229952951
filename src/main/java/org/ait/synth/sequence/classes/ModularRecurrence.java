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
 * 2 (up to 3 for moduli up to 16).
 */
public record ModularRecurrence(BigInteger[] init, long[] coefficients, long constant, long modulus)
        implements SequenceProgram {

    static final long MAX_MODULUS = 64;

    /** Offers every modular recurrence that reproduces the input (part of the {@code recurrence} class's search). */
    static void search(SearchContext ctx, BigInteger[] t) {
        if (t.length < 10) {
            return;
        }
        long max = 0;
        for (BigInteger v : t) {
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(MAX_MODULUS - 1)) > 0) {
                return;
            }
            max = Math.max(max, v.longValue());
        }
        long m = max + 1;
        if (m < 2) {
            return;
        }
        long[] a = Arrays.stream(t).mapToLong(BigInteger::longValue).toArray();
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
                if (c[d - 1] == 0 || !holds(a, c, k, m)) {
                    continue;
                }
                ctx.offer(new ModularRecurrence(Arrays.copyOf(t, d), c.clone(), k, m));
            }
        }
    }

    private static boolean holds(long[] a, long[] c, long k, long m) {
        for (int n = c.length; n < a.length; n++) {
            long s = k;
            for (int i = 0; i < c.length; i++) {
                s += c[i] * a[n - 1 - i];
            }
            if (s % m != a[n]) {
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
        if (constant != 0) {
            sb.append(" + ").append(constant);
        }
        return Terms.withInitial(sb.append(") mod ").append(modulus).toString(), init);
    }

    @Override
    public void encode(BitCode code) {
        code.natural(coefficients.length - 1).natural(modulus - 2);
        for (long c : coefficients) {
            code.choice((int) c, (int) modulus);
        }
        code.choice((int) constant, (int) modulus);
        Terms.write(code, init, (int) modulus);
    }

    @Override
    public BigInteger[] terms(int count) {
        long[] out = new long[Math.max(count, init.length)];
        for (int i = 0; i < init.length; i++) {
            out[i] = init[i].longValue();
        }
        for (int n = init.length; n < count; n++) {
            long s = constant;
            for (int i = 0; i < coefficients.length; i++) {
                s += coefficients[i] * out[n - 1 - i];
            }
            out[n] = s % modulus;
        }
        return Arrays.stream(Arrays.copyOf(out, count)).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }
}
