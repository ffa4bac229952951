package org.ait.collapse;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * What a learner fitted: it samples the next generation's synthetic data and reports what is known of its own
 * distribution. Models are immutable.
 *
 * @param <D> the data type
 */
public interface Model<D extends Dataset<D>> {

    /** {@code n} independent items (n may be 0). */
    D sample(int n, UniformRandomProvider rng);

    /** The model's exact distribution on a view's categories, or null when it is not known in closed form. */
    default double[] pmf(View<D> view) {
        return null;
    }

    /**
     * The model's own entropy in bits where it has one in closed form: Shannon (categorical), differential
     * (continuous), entropy rate per symbol (Markov); NaN otherwise.
     */
    default double entropyBits() {
        return Double.NaN;
    }

    /** log2 q(data) in bits (may be -Infinity when an item has probability 0), NaN when not defined. */
    default double logLikelihoodBits(D data) {
        return Double.NaN;
    }

    /** The model's mean and variance (models of reals), or null. */
    default double[] moments() {
        return null;
    }

    /**
     * For symbolic models: whether the mechanism is the truth's, and the behavioural agreement on fresh inputs; null
     * for distributional models.
     */
    default Recovery recovery(Generator<D> truth, UniformRandomProvider rng) {
        return null;
    }

    /** The hypothesis in words (symbolic models: the program), or an empty string. */
    default String describe() {
        return "";
    }

    /**
     * Mechanism recovery of a symbolic model.
     *
     * @param exact     the recovered mechanism is the truth's (same rule, machine behaviour, recurrence, law)
     * @param agreement fraction of fresh inputs on which the model's output equals the truth's
     */
    record Recovery(boolean exact, double agreement) {
    }
}
