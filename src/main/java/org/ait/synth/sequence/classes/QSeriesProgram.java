package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/**
 * A q-series of Rogers-Ramanujan type: a(n) is the coefficient of x^n in
 * <pre>  sum over k >= 0 of s^k x^((alpha k^2 + beta k)/2) P_k(x)^power,  P_k(x) = prod_{i=1..k+extra} (1 + sigma x^(c i + d))
 * </pre>
 * with s and sigma = +-1 and power 1, -1 or -2. The Rogers-Ramanujan functions (sum x^(k^2)/(x;x)_k), partitions
 * whose parts differ by at least 3, or whose least part exceeds the number of parts by 2 (sum x^(k^2+2k)/(x;x)_k),
 * Euler's identities term by term and Ramanujan's mock theta functions (f(q) = sum q^(k^2)/(-q;q)_k^2, the fifth
 * order psi_1(q) = sum q^(k(k+1)/2) (-q;q)_k) are programs here: the sum has about sqrt(2n) terms where a product
 * over parts needs one factor per part, so these counts have a short description only in this form.
 *
 * @param alpha  the exponent's k^2 coefficient, doubled: 1..{@link QSeries#MAX_ALPHA}
 * @param beta   the exponent's k coefficient, doubled; alpha + beta even and > 0, so the exponents increase from 0
 * @param c      the factors' step, 1..{@link QSeries#MAX_STEP}
 * @param d      the factors' shift, |d| < c, so the first factor is x^(c + d) with c + d >= 1
 * @param sigma  +1 for factors (1 + x^m), -1 for (1 - x^m)
 * @param power  1 (the product multiplies), -1 (divides) or -2 (divides squared)
 * @param extra  0 or 1: the k-th product has k + extra factors
 * @param sign   +1, or -1 for alternating terms (-1)^k
 * @param offset the first term is a(offset), 0 or 1
 */
public record QSeriesProgram(int alpha, int beta, int c, int d, int sigma, int power, int extra, int sign, int offset)
        implements SequenceProgram {

    /** The powers in their code order. */
    static final int[] POWERS = {-1, 1, -2};

    @Override
    public String className() {
        return "qseries";
    }

    /** The exponent of x in the k-th term. */
    long exponent(long k) {
        return (alpha * k * k + beta * k) / 2;
    }

    @Override
    public String text() {
        String factor = "(1 " + (sigma > 0 ? "+" : "-") + " x^" + part() + ")";
        String product = "prod_{i=1.." + (extra == 0 ? "k" : "k+1") + "} " + factor;
        String term = (sign < 0 ? "(-1)^k " : "") + "x^(" + exponentText() + ")"
                + (power == 1 ? " * " + product : " / " + product + (power == -2 ? "^2" : ""));
        String s = "a(n) = [x^n] sum over k >= 0 of " + term;
        return offset == 0 ? s : s + "; the first term is a(1)";
    }

    private String part() {
        String ci = c == 1 ? "i" : c + "i";
        return d == 0 ? ci : "(" + ci + (d > 0 ? " + " + d : " - " + -d) + ")";
    }

    private String exponentText() {
        if (alpha % 2 == 0) {
            return quadratic(alpha / 2, beta / 2);
        }
        return "(" + quadratic(alpha, beta) + ")/2";
    }

    /** The text of a k^2 + b k. */
    private static String quadratic(int a, int b) {
        String s = (a == 1 ? "" : String.valueOf(a)) + "k^2";
        if (b != 0) {
            s += (b > 0 ? " + " : " - ") + (Math.abs(b) == 1 ? "" : String.valueOf(Math.abs(b))) + "k";
        }
        return s;
    }

    @Override
    public void encode(BitCode code) {
        code.natural(alpha - 1);
        code.choice((beta - QSeries.minBeta(alpha)) / 2, QSeries.betaOptions(alpha));
        code.natural(c - 1).choice(d + c - 1, 2 * c - 1);
        code.bit(sigma < 0).choice(indexOf(power), POWERS.length).bit(extra == 1).bit(sign < 0).bit(offset == 1);
    }

    private static int indexOf(int power) {
        for (int i = 0; i < POWERS.length; i++) {
            if (POWERS[i] == power) {
                return i;
            }
        }
        throw new IllegalStateException("power " + power);
    }

    @Override
    public BigInteger[] terms(int count) {
        int degree = count + offset;
        BigInteger[] sum = new BigInteger[degree];
        Arrays.fill(sum, BigInteger.ZERO);
        BigInteger[] product = new BigInteger[degree];
        Arrays.fill(product, BigInteger.ZERO);
        if (degree > 0) {
            product[0] = BigInteger.ONE;
        }
        for (int i = 1; i <= extra; i++) {
            apply(product, c * i + d);
        }
        for (int k = 0; exponent(k) < degree; k++) {
            if (k > 0) {
                apply(product, c * (k + extra) + d);
            }
            int shift = (int) exponent(k);
            boolean negative = sign < 0 && k % 2 == 1;
            for (int j = shift; j < degree; j++) {
                sum[j] = negative ? sum[j].subtract(product[j - shift]) : sum[j].add(product[j - shift]);
            }
        }
        for (int j = offset; j < degree; j++) {
            if (!Exact.fits(sum[j])) {
                return Arrays.copyOfRange(sum, offset, j);
            }
        }
        return Arrays.copyOfRange(sum, offset, degree);
    }

    /** Multiplies a series in place by (1 + sigma x^m)^power. */
    private void apply(BigInteger[] f, int m) {
        for (int times = 0; times < Math.abs(power); times++) {
            if (power > 0) {
                for (int j = f.length - 1; j >= m; j--) {
                    f[j] = sigma > 0 ? f[j].add(f[j - m]) : f[j].subtract(f[j - m]);
                }
            } else {
                // division by 1 + sigma x^m: f_j -= sigma f_{j-m}, in increasing j
                for (int j = m; j < f.length; j++) {
                    f[j] = sigma > 0 ? f[j].subtract(f[j - m]) : f[j].add(f[j - m]);
                }
            }
        }
    }
}
