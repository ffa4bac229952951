package org.ait.collapse;

/**
 * How the metrics see a sample: as counts over finitely many categories (symbols, bins of reals, space-time patterns
 * of a diagram, valid items), on which entropy, collision, divergences to the truth and tail mass are computed.
 *
 * @param <D> the data type
 */
public interface View<D extends Dataset<D>> {

    /** Number of categories. */
    int categories();

    /** Adds the sample's counts to {@code counts} (length {@link #categories()}). */
    void count(D data, long[] counts);

    /** The categories that make up the tail (for tail mass), or null when the truth has no tail worth the name. */
    default boolean[] tail() {
        return null;
    }

    /**
     * The support size of a sample: its distinct items (strings, sequences) or, by default, the categories it
     * occupies.
     */
    default int support(D data) {
        long[] c = new long[categories()];
        count(data, c);
        int s = 0;
        for (long v : c) {
            if (v > 0) {
                s++;
            }
        }
        return s;
    }

    /**
     * Items of the evaluation sample drawn from a model without a closed-form distribution, for n items a generation:
     * n, and at least 1,000 by default (plug-in entropies and divergences from fewer items over many categories are
     * biased). Views that see many observations in one item ask for fewer.
     */
    default int evaluationSize(int n) {
        return Math.max(n, 1000);
    }

    /** What a category is, in words (for the report). */
    String describe();
}
