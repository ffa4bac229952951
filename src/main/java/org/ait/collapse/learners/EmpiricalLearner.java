package org.ait.collapse.learners;

import org.ait.collapse.Dataset;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The maximum-likelihood categorical distribution over whole items (strings, sequences, points): the empirical
 * distribution of the training items, sampled by drawing items with replacement. It is {@code categorical-mle} on
 * data that are not symbols.
 *
 * @param <D> the data type
 */
public final class EmpiricalLearner<D extends Dataset<D>> implements Learner<D> {

    private final Class<D> type;

    public EmpiricalLearner(Class<D> type) {
        this.type = type;
    }

    @Override
    public String name() {
        return "categorical-mle";
    }

    @Override
    public Class<D> dataType() {
        return type;
    }

    @Override
    public Model<D> fit(D data, Model<D> previous, UniformRandomProvider rng) {
        return new Model<>() {
            @Override
            public D sample(int n, UniformRandomProvider r) {
                int[] idx = new int[n];
                for (int i = 0; i < n; i++) {
                    idx[i] = r.nextInt(data.size());
                }
                return data.select(idx);
            }
        };
    }
}
