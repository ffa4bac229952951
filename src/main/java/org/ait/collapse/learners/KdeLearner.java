package org.ait.collapse.learners;

import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.data.Reals;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Kernel density estimation with a Gaussian kernel: a fixed bandwidth ({@code kde:H}) or Silverman's rule of thumb
 * h = 1.06 s n^(-1/5), s the sample standard deviation with n - 1 ({@code kde-silverman}). The model's variance is
 * the points' variance (/ n) plus h^2, so each generation multiplies the expected variance by
 * (n - 1) / n + 1.1236 n^(-0.4) under Silverman's rule.
 */
public final class KdeLearner implements Learner<Reals> {

    private final double bandwidth;

    private KdeLearner(double bandwidth) {
        this.bandwidth = bandwidth;
    }

    /** Silverman's rule of thumb. */
    public static KdeLearner silverman() {
        return new KdeLearner(Double.NaN);
    }

    public static KdeLearner fixed(double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("kde:H needs H > 0, got " + h);
        }
        return new KdeLearner(h);
    }

    @Override
    public String name() {
        return Double.isNaN(bandwidth) ? "kde-silverman" : "kde:" + org.ait.collapse.Catalog.number(bandwidth);
    }

    @Override
    public Class<Reals> dataType() {
        return Reals.class;
    }

    @Override
    public Model<Reals> fit(Reals data, Model<Reals> previous, UniformRandomProvider rng) {
        int n = data.size();
        double h = bandwidth;
        if (Double.isNaN(h)) {
            double s = n > 1 ? Math.sqrt(data.sumSquares() / (n - 1)) : 0;
            h = 1.06 * s * Math.pow(n, -0.2);
        }
        return new KdeModel(data.values(), h);
    }
}
