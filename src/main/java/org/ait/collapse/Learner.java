package org.ait.collapse;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fits a model to one generation's data.
 *
 * @param <D> the data type
 */
public interface Learner<D extends Dataset<D>> {

    /** The learner's name as the command line spells it, e.g. {@code add-beta:1} or {@code eca-rule+warm}. */
    String name();

    /** The kind of data it fits. */
    Class<D> dataType();

    /** Whether it is a symbolic (mechanism) learner: its rows carry mechanism recovery. */
    default boolean symbolic() {
        return false;
    }

    /**
     * Fits a model.
     *
     * @param data     the training data (never empty)
     * @param previous the previous generation's model (null at generation 0): warm-started learners start from it,
     *                 others ignore it
     * @param rng      the run's training stream (for learners with random starts)
     */
    Model<D> fit(D data, Model<D> previous, UniformRandomProvider rng);
}
