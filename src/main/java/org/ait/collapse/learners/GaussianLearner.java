package org.ait.collapse.learners;

import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.data.Reals;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Gaussian fitted by its sample mean and a variance estimate: maximum likelihood (sum of squares / n,
 * {@code gaussian-mle}) or unbiased (/ (n - 1), {@code gaussian-unbiased}).
 */
public final class GaussianLearner implements Learner<Reals> {

    private final boolean unbiased;

    private GaussianLearner(boolean unbiased) {
        this.unbiased = unbiased;
    }

    public static GaussianLearner mle() {
        return new GaussianLearner(false);
    }

    public static GaussianLearner unbiased() {
        return new GaussianLearner(true);
    }

    @Override
    public String name() {
        return unbiased ? "gaussian-unbiased" : "gaussian-mle";
    }

    @Override
    public Class<Reals> dataType() {
        return Reals.class;
    }

    @Override
    public Model<Reals> fit(Reals data, Model<Reals> previous, UniformRandomProvider rng) {
        int n = data.size();
        double denominator = unbiased && n > 1 ? n - 1 : n;
        return new GaussianModel(data.mean(), data.sumSquares() / denominator);
    }
}
