package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.IntPoly;

/**
 * Polynomials in n with rational coefficients, a(n) = P(n)/D, from some start on (the terms before it given). The
 * degree is the first order of finite differences that vanishes on the rest of the input; the coefficients follow
 * exactly from Newton's forward-difference form. At least two terms beyond those that fix the polynomial must
 * agree, or nothing is offered.
 */
public final class Polynomial implements ProgramClass {

    /** Terms allowed before the polynomial starts. */
    static final int MAX_START = 3;

    @Override
    public String name() {
        return "polynomial";
    }

    @Override
    public void search(SearchContext ctx) {
        BigInteger[] t = ctx.input().terms();
        int maxDegree = 0;
        for (int s = 0; s <= MAX_START && s < t.length; s++) {
            BigInteger[] u = Terms.from(t, s);
            int m = vanishingOrder(u);
            if (m < 0) {
                continue;
            }
            maxDegree = Math.max(maxDegree, m - 1);
            ctx.offer(fit(Arrays.copyOf(t, s), u, m));
            if (m <= 1 && s == 0) {
                break;
            }
        }
        ctx.searched(name(), "degrees up to " + Math.max(0, (t.length - 2) / 2 - 1) + ", starts 0.." + MAX_START);
    }

    /**
     * The smallest m such that the m-th differences of u are all zero, with at least two of them (so that the
     * polynomial of degree m - 1 is checked on two terms beyond the m that determine it); -1 if none.
     */
    static int vanishingOrder(BigInteger[] u) {
        BigInteger[] d = u.clone();
        int len = d.length;
        for (int m = 0; len - m >= 2 + m && len - m >= 2; m++) {
            int count = len - m;
            boolean zero = true;
            for (int i = 0; i < count; i++) {
                if (d[i].signum() != 0) {
                    zero = false;
                    break;
                }
            }
            if (zero) {
                return m;
            }
            for (int i = 0; i + 1 < count; i++) {
                d[i] = d[i + 1].subtract(d[i]);
            }
        }
        return -1;
    }

    /** The polynomial of degree m - 1 through u(0..m-1) (indices shifted by the start), as a program. */
    static Program fit(BigInteger[] init, BigInteger[] u, int m) {
        int s = init.length;
        // Newton: u(k) = sum_j D^j u(0) * C(k, j), with k = n - s. Common denominator (m-1)!.
        BigInteger[] diffs = new BigInteger[m];
        BigInteger[] d = Arrays.copyOf(u, m);
        for (int j = 0; j < m; j++) {
            diffs[j] = d[0];
            for (int i = 0; i + 1 < m - j; i++) {
                d[i] = d[i + 1].subtract(d[i]);
            }
        }
        BigInteger den = factorial(Math.max(0, m - 1));
        BigInteger[] coef = new BigInteger[Math.max(1, m)];
        Arrays.fill(coef, BigInteger.ZERO);
        for (int j = 0; j < m; j++) {
            // falling(n - s, j) = prod_{i<j} (n - s - i), times (m-1)!/j!.
            BigInteger[] f = {BigInteger.ONE};
            for (int i = 0; i < j; i++) {
                f = times(f, BigInteger.valueOf(-s - i));
            }
            BigInteger scale = diffs[j].multiply(den.divide(factorial(j)));
            for (int k = 0; k < f.length; k++) {
                coef[k] = coef[k].add(f[k].multiply(scale));
            }
        }
        BigInteger g = den;
        for (BigInteger c : coef) {
            g = g.gcd(c);
        }
        for (int k = 0; k < coef.length; k++) {
            coef[k] = coef[k].divide(g);
        }
        return new Program(init, coef, den.divide(g));
    }

    /** f(n) * (n + a). */
    private static BigInteger[] times(BigInteger[] f, BigInteger a) {
        BigInteger[] out = new BigInteger[f.length + 1];
        Arrays.fill(out, BigInteger.ZERO);
        for (int k = 0; k < f.length; k++) {
            out[k + 1] = out[k + 1].add(f[k]);
            out[k] = out[k].add(f[k].multiply(a));
        }
        return out;
    }

    static BigInteger factorial(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /** a(n) = P(n) / den for n >= init.length; the terms before it as given. */
    public record Program(BigInteger[] init, BigInteger[] coefficients, BigInteger den) implements SequenceProgram {

        @Override
        public String className() {
            return "polynomial";
        }

        @Override
        public String text() {
            String p = IntPoly.format(coefficients, "n");
            String rule = den.equals(BigInteger.ONE) ? "a(n) = " + p
                    : "a(n) = " + (IntPoly.isSum(coefficients) ? "(" + p + ")" : p) + "/" + den;
            if (init.length > 0) {
                rule += " for n >= " + init.length;
            }
            return Terms.withInitial(rule, init);
        }

        @Override
        public void encode(BitCode code) {
            code.natural(init.length).natural(Math.max(0, IntPoly.degree(coefficients))).natural(den.subtract(BigInteger.ONE));
            for (int k = 0; k <= Math.max(0, IntPoly.degree(coefficients)); k++) {
                code.integer(coefficients[k]);
            }
            Terms.write(code, init, 0);
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            for (int i = 0; i < count; i++) {
                if (i < init.length) {
                    out[i] = init[i];
                } else {
                    BigInteger[] qr = IntPoly.evaluate(coefficients, i).divideAndRemainder(den);
                    if (qr[1].signum() != 0) {
                        return Arrays.copyOf(out, i);
                    }
                    out[i] = qr[0];
                }
            }
            return out;
        }
    }
}
