package org.ait.tm;

import java.util.Arrays;

/**
 * Multilevel splitting of a sampled build: a draw whose run reaches a branch point with a visited segment of at least
 * {@code at[j]} cells (after j splits) continues as {@code factor} independent copies, each of 1/factor of its weight.
 * Every draw then weighs {@link #unit()} = factor^levels units, so all sums stay exact integers.
 *
 * @param at     segment lengths, non-decreasing, each in [2, 255]; empty for no splitting
 * @param factor copies per split (1 without splitting)
 */
public record SplitSchedule(int[] at, int factor) implements java.io.Serializable {

    /** Most split levels: 8 keeps unit^2 * draws within a long for useful sample sizes. */
    public static final int MAX_LEVELS = 8;

    private static final SplitSchedule NONE = new SplitSchedule(new int[0], 1);

    public SplitSchedule {
        at = at.clone();
        if (at.length > 0 && (factor < 2 || factor > 64)) {
            throw new IllegalArgumentException("split factor must be between 2 and 64, got " + factor);
        }
        if (at.length == 0) {
            factor = 1;
        }
        if (at.length > MAX_LEVELS) {
            throw new IllegalArgumentException("at most " + MAX_LEVELS + " split levels, got " + at.length);
        }
        for (int j = 0; j < at.length; j++) {
            if (at[j] < 2 || at[j] > 255 || (j > 0 && at[j] < at[j - 1])) {
                throw new IllegalArgumentException("split lengths must be non-decreasing, between 2 and 255: "
                        + Arrays.toString(at));
            }
        }
    }

    /** No splitting: one unit per draw. */
    public static SplitSchedule none() {
        return NONE;
    }

    @Override
    public int[] at() {
        return at.clone();
    }

    public int levels() {
        return at.length;
    }

    public boolean splits() {
        return at.length > 0;
    }

    /** Units per draw: factor^levels. */
    public long unit() {
        long u = 1;
        for (int j = 0; j < at.length; j++) {
            u *= factor;
        }
        return u;
    }

    /**
     * The schedule as one number for checkpoint keys (0 without splitting): a polynomial hash of the factor, the number
     * of levels and each length, so that no part is shifted out however many levels there are.
     */
    public long key() {
        if (at.length == 0) {
            return 0;
        }
        long key = factor * 1_000_003L + at.length;
        for (int a : at) {
            key = key * 1_000_003L + a;
        }
        return key == 0 ? 1 : key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SplitSchedule s && s.factor == factor && Arrays.equals(s.at, at);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(at) + factor;
    }

    @Override
    public String toString() {
        return splits() ? "split at " + Arrays.toString(at) + " x" + factor : "no splitting";
    }
}
