package org.ait.collapse.learners;

/**
 * The input model of the symbolic learners whose inputs are bits (initial rows, machine inputs): independent bits,
 * 1 with rate q. A learner keeps its null model unless the observed inputs reject it: fair bits (q = 1/2) when fitted
 * from scratch, its previous rate when warm-started; a rejected null gives way to the maximum-likelihood rate. The test
 * is two-sided at level 0.001 (|z| >= 3.29, the normal approximation), so fair data from a fair model stay fair in all
 * but about one generation in a thousand, and a rate adopted by chance (|q - 1/2| of at least 0.09 for 320 bits) is
 * dropped again as soon as the data drift back within the test's reach. The null is a fixed point of self-training; the
 * maximum-likelihood rate alone would random-walk from the first generation on.
 *
 * <p>(An earlier version chose between fair bits and the rate by two-part code length, N bits against
 * N H(q) + log2(N) / 2: a false discovery in 1.6 % of generations at 320 bits, and rates so adopted then wandered as
 * far as q = 0.85, where rule 184's neighbourhood 000 no longer occurs and the simpler rule 185 ties with it: 3 of 200
 * from-scratch runs lost the rule that way.)
 */
final class InputBits {

    /** The two-sided 0.001 quantile of the standard normal. */
    static final double Z = 3.29;

    private InputBits() {
    }

    /** Whether {@code ones} of {@code total} bits are consistent with rate q (|z| < {@value #Z}). */
    static boolean consistent(double q, long ones, long total) {
        if (total == 0) {
            return true;
        }
        if (q <= 0 || q >= 1) {
            return ones == (q <= 0 ? 0 : total);
        }
        return Math.abs(ones - q * total) < Z * Math.sqrt(total * q * (1 - q));
    }

    /**
     * The rate of the chosen model, from {@code ones} ones among {@code total} observed bits: {@code nullRate} when the
     * bits are consistent with it, else their maximum-likelihood rate.
     */
    static double rate(double nullRate, long ones, long total) {
        return consistent(nullRate, ones, total) ? nullRate : ones / (double) total;
    }
}
