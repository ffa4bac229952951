package org.ait.synth.automata.internal;

import org.ait.synth.mdl.BitCode;

/**
 * Bits of the data given a program. Each observed cell the program predicts is either as predicted or an
 * exception; the exceptions are sent as their number m (Elias delta, {@link BitCode}), which m of the n predicted
 * cells they are (one of C(n, m) equally likely sets: log2 C(n, m) bits) and, with k colours, which of the k - 1
 * other symbols each holds. Observed cells the program cannot predict (beyond a window's edge, next to a missing
 * cell) are sent as they are, log2 k bits each; missing cells cost nothing.
 *
 * <p>This is the two-part code with an estimated flip rate: log2 C(n, m) is at most n H(m/n), the binary-entropy
 * cost at the rate m/n, and the Elias code of m pays for estimating that rate; there is no free parameter. A rule
 * wrong on more than half of the cells is not a description of them, so its positions are charged as for m = n/2,
 * the most a set of positions can cost (for two colours this stops the complement of a rule, wrong everywhere,
 * from looking cheap; the charge is at least the code's length, so it is still that of a valid code), and the bits
 * never decrease as m grows.
 */
public final class DataCode {

    private static final double LN2 = Math.log(2);

    /** log2 n! for n below the table's length, grown on demand (scoring calls these in its inner loops). */
    private static volatile double[] log2Factorials = {0};

    private DataCode() {
    }

    /** Bits of the data: n predicted cells, m of them exceptions, u observed cells not predicted, k colours. */
    public static double bits(long predicted, long exceptions, long unpredicted, int colours) {
        return unpredicted * log2(colours) + exceptionBits(predicted, exceptions, colours);
    }

    /** The exceptions part of {@link #bits}. */
    public static double exceptionBits(long predicted, long exceptions, int colours) {
        return naturalLength(exceptions)
                + log2Binomial(predicted, Math.min(exceptions, predicted / 2)) + exceptions * log2(colours - 1);
    }

    /** {@link #exceptionBits} for every m = 0..n at once (all rules of a family share n on complete data). */
    public static double[] exceptionBitsTable(int predicted, int colours) {
        double[] bits = new double[predicted + 1];
        double logBinomial = 0;
        double perException = log2(colours - 1);
        for (int m = 0; m <= predicted; m++) {
            if (m > 0 && m <= predicted / 2) {
                logBinomial += Math.log((double) (predicted - m + 1) / m) / LN2;
            }
            bits[m] = naturalLength(m) + logBinomial + m * perException;
        }
        return bits;
    }

    /**
     * Bits that say which of {@code eligible} exceptions are of the rarer kind (see {@link Denoiser}): their number
     * and which they are; nothing when there are no exceptions to qualify.
     */
    public static double kindBits(long eligible, long rarer) {
        return eligible == 0 ? 0 : naturalLength(rarer) + log2Binomial(eligible, rarer);
    }

    static double log2Binomial(long n, long m) {
        if (m == 0 || m == n) {
            return 0;
        }
        double[] f = log2Factorials;
        if (n >= f.length) {
            f = grow((int) n);
        }
        return f[(int) n] - f[(int) m] - f[(int) (n - m)];
    }

    private static synchronized double[] grow(int n) {
        double[] f = log2Factorials;
        if (n < f.length) {
            return f;
        }
        double[] g = java.util.Arrays.copyOf(f, Math.max(n + 1, 2 * f.length));
        for (int i = f.length; i < g.length; i++) {
            g[i] = g[i - 1] + Math.log(i) / LN2;
        }
        log2Factorials = g;
        return g;
    }

    /** Length of {@link BitCode#natural}'s code of m, without BigInteger. */
    static int naturalLength(long m) {
        int len = 64 - Long.numberOfLeadingZeros(m + 1);
        int lenBits = 32 - Integer.numberOfLeadingZeros(len);
        return 2 * lenBits - 1 + len - 1;
    }

    static double log2(int x) {
        return Math.log(x) / LN2;
    }
}
