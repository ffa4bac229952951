package org.ait.collapse;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The truth P*: a known mechanism that samples items, with its distribution on a {@link View} (exact where it can be
 * computed, else estimated from a large reference sample, and {@link #exact()} says which).
 *
 * @param <D> the data type
 */
public interface Generator<D extends Dataset<D>> {

    /** The generator spec as the command line spells it, e.g. {@code categorical:10}. */
    String spec();

    /** The kind of data, to check that a learner fits it. */
    Class<D> dataType();

    /** {@code n} independent items (n may be 0). */
    D sample(int n, UniformRandomProvider rng);

    /** How the metrics see samples. */
    View<D> view();

    /** The truth's distribution over the view's categories. */
    double[] pmf();

    /** Whether {@link #pmf()} is exact (otherwise it is a reference sample's frequencies). */
    boolean exact();

    /** log2 P*(data) in bits: the truth's own likelihood, for reference (NaN when not defined). */
    default double logLikelihoodBits(D data) {
        return Double.NaN;
    }

    /** Mean and variance of the truth (reals) or null. */
    default double[] moments() {
        return null;
    }
}
