package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;

/**
 * Rogers-Ramanujan-type q-series ({@link QSeriesProgram}): every exponent (alpha k^2 + beta k)/2 with alpha up to
 * {@link #MAX_ALPHA}, every product of factors (1 +- x^(c i + d)) with step c up to {@link #MAX_STEP} raised to the
 * power 1, -1 or -2, with k or k + 1 factors, alternating or not, from n = 0 or 1: 3,888 forms. The products do not
 * depend on the exponent, so each is built once (in longs, a product that overflows is cut there) and summed under
 * every exponent and sign.
 */
public final class QSeries implements ProgramClass {

    static final int MAX_ALPHA = 4;
    static final int MAX_STEP = 3;
    /** Terms the series are computed to; a match is then checked on every term. */
    static final int SEARCH_TERMS = 40;

    @Override
    public String name() {
        return "qseries";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= 8;
    }

    /** The least beta for alpha: alpha + beta even and positive. */
    static int minBeta(int alpha) {
        return 2 - alpha;
    }

    /** The betas allowed for alpha: minBeta(alpha), +2, ..., up to 2 alpha + 2. */
    static int betaOptions(int alpha) {
        return (2 * alpha + 2 - minBeta(alpha)) / 2 + 1;
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() > 0) {
            return;
        }
        BigInteger[] all = ctx.input().terms();
        long[] target = Terms.prefix(all, SEARCH_TERMS);
        if (target == null) {
            return;
        }
        int degree = target.length + 1;
        // The most products a sum needs: the slowest exponent, k(k+1)/2 (alpha = 1, beta = 1), below degree.
        int maxK = 0;
        while ((maxK + 1L) * (maxK + 2) / 2 < degree) {
            maxK++;
        }
        for (int c = 1; c <= MAX_STEP; c++) {
            for (int d = 1 - c; d < c; d++) {
                for (int sigma : new int[] {1, -1}) {
                    for (int power : QSeriesProgram.POWERS) {
                        for (int extra = 0; extra <= 1; extra++) {
                            long[][] products = products(c, d, sigma, power, extra, maxK, degree);
                            sums(ctx, all, target, products, c, d, sigma, power, extra);
                        }
                    }
                }
            }
        }
        ctx.searched(name(), "exponents (alpha k^2 + beta k)/2 with alpha <= " + MAX_ALPHA + ", products of k or k+1"
                + " factors (1 +- x^(ci+d)) with c <= " + MAX_STEP + " to the power 1, -1, -2, alternating or not");
    }

    /** Sums the products under every exponent and sign, offering each sum that gives the input. */
    private static void sums(SearchContext ctx, BigInteger[] all, long[] target, long[][] products, int c, int d,
            int sigma, int power, int extra) {
        int degree = target.length + 1;
        for (int alpha = 1; alpha <= MAX_ALPHA; alpha++) {
            for (int beta = minBeta(alpha); beta <= 2 * alpha + 2; beta += 2) {
                for (int sign : new int[] {1, -1}) {
                    QSeriesProgram form = new QSeriesProgram(alpha, beta, c, d, sigma, power, extra, sign, 0);
                    long[] sum = sum(form, products, degree);
                    if (sum == null) {
                        continue;
                    }
                    for (int offset = 0; offset <= 1; offset++) {
                        if (Arrays.equals(sum, offset, offset + target.length, target, 0, target.length)) {
                            QSeriesProgram program = new QSeriesProgram(alpha, beta, c, d, sigma, power, extra, sign,
                                    offset);
                            if (Terms.givesAll(program, all, target.length)) {
                                ctx.offer(program);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The series of a form to {@code degree} terms in longs; null if a product it needs overflowed. */
    private static long[] sum(QSeriesProgram form, long[][] products, int degree) {
        long[] sum = new long[degree];
        try {
            for (int k = 0; form.exponent(k) < degree; k++) {
                long[] p = products[k];
                if (p == null) {
                    return null;
                }
                int shift = (int) form.exponent(k);
                boolean negative = form.sign() < 0 && k % 2 == 1;
                for (int j = shift; j < degree; j++) {
                    sum[j] = negative ? Math.subtractExact(sum[j], p[j - shift]) : Math.addExact(sum[j], p[j - shift]);
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return sum;
    }

    /** The products P_0 .. P_maxK of one family; from the first that overflows on, null. */
    private static long[][] products(int c, int d, int sigma, int power, int extra, int maxK, int degree) {
        long[][] out = new long[maxK + 1][];
        long[] p = new long[degree];
        p[0] = 1;
        try {
            for (int i = 1; i <= extra; i++) {
                apply(p, c * i + d, sigma, power);
            }
            for (int k = 0; k <= maxK; k++) {
                if (k > 0) {
                    apply(p, c * (k + extra) + d, sigma, power);
                }
                out[k] = p.clone();
            }
        } catch (ArithmeticException overflow) {
            // the products from here on stay null
        }
        return out;
    }

    /** Multiplies a series in place by (1 + sigma x^m)^power, exactly or not at all. */
    private static void apply(long[] f, int m, int sigma, int power) {
        for (int times = 0; times < Math.abs(power); times++) {
            if (power > 0) {
                for (int j = f.length - 1; j >= m; j--) {
                    f[j] = sigma > 0 ? Math.addExact(f[j], f[j - m]) : Math.subtractExact(f[j], f[j - m]);
                }
            } else {
                for (int j = m; j < f.length; j++) {
                    f[j] = sigma > 0 ? Math.subtractExact(f[j], f[j - m]) : Math.addExact(f[j], f[j - m]);
                }
            }
        }
    }
}
