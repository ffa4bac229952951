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

    /** What a category is, in words (for the report). */
    String describe();
}
