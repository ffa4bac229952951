package org.ait.collapse.learners;

import org.ait.collapse.Model;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Reals;
import org.ait.collapse.generators.BinnedView;
import org.apache.commons.rng.UniformRandomProvider;

/** N(mean, variance). */
public final class GaussianModel implements Model<Reals> {

    private final double mean;
    private final double variance;

    public GaussianModel(double mean, double variance) {
        this.mean = mean;
        this.variance = variance;
    }

    public double mean() {
        return mean;
    }

    public double variance() {
        return variance;
    }

    @Override
    public Reals sample(int n, UniformRandomProvider rng) {
        double sd = Math.sqrt(variance);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + sd * Sampling.gaussian(rng);
        }
        return new Reals(v);
    }

    @Override
    public double[] pmf(View<Reals> view) {
        if (!(view instanceof BinnedView<Reals> b)) {
            return null;
        }
        double sd = Math.sqrt(variance);
        return b.pmf(x -> sd > 0 ? Sampling.normalCdf((x - mean) / sd) : (x >= mean ? 1 : 0));
    }

    @Override
    public double entropyBits() {
        return 0.5 * Math.log(2 * Math.PI * Math.E * variance) / Math.log(2);
    }

    @Override
    public double logLikelihoodBits(Reals data) {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            double d = data.value(i) - mean;
            s += -0.5 * Math.log(2 * Math.PI * variance) - d * d / (2 * variance);
        }
        return s / Math.log(2);
    }

    @Override
    public double[] moments() {
        return new double[] {mean, variance};
    }
}
