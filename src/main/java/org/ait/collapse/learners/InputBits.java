package org.ait.collapse.learners;

/**
 * The input model of the symbolic learners whose inputs are bits (initial rows, machine inputs): independent bits,
 * either fair (no parameter) or 1 with the maximum-likelihood rate q, whichever describes the observed inputs in
 * fewer bits (two-part MDL: N bits for fair; N H(q) + log2(N) / 2 for the rate). Data drawn from a fair model stay
 * fair unless they show a bias worth its parameter (a chance of about 1.6 % a generation for 320 bits), so the fair model
 * is nearly a fixed point of self-training, where the maximum-likelihood rate would drift at once. A warm-started learner
 * keeps its previous rate while the data do not reject it ({@link #consistent}: two-sided, level 0.001).
 */
final class InputBits {

    private InputBits() {
    }

    /** Whether {@code ones} of {@code total} bits are consistent with rate q (|z| < 3.29, the normal approximation). */
    static boolean consistent(double q, long ones, long total) {
        if (total == 0) {
            return true;
        }
        if (q <= 0 || q >= 1) {
            return ones == (q <= 0 ? 0 : total);
        }
        return Math.abs(ones - q * total) < 3.29 * Math.sqrt(total * q * (1 - q));
    }

    /** The rate of ones of the chosen model, from {@code ones} ones among {@code total} observed bits. */
    static double rate(long ones, long total) {
        if (total == 0) {
            return 0.5;
        }
        double q = ones / (double) total;
        double h = q <= 0 || q >= 1 ? 0 : -(q * Math.log(q) + (1 - q) * Math.log(1 - q)) / Math.log(2);
        double withRate = total * h + 0.5 * Math.log(total) / Math.log(2);
        return withRate < total ? q : 0.5;
    }
}
