package org.ait.collapse.learners;

import org.ait.collapse.Model;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Reals;
import org.ait.collapse.generators.BinnedView;
import org.apache.commons.rng.UniformRandomProvider;

/** A finite mixture of Gaussians. */
public final class MixtureModel implements Model<Reals> {

    private final double[] weights;
    private final double[] means;
    private final double[] variances;
    private final double[] cumulative;

    public MixtureModel(double[] weights, double[] means, double[] variances) {
        this.weights = weights.clone();
        this.means = means.clone();
        this.variances = variances.clone();
        this.cumulative = Sampling.cumulative(weights);
    }

    public int components() {
        return weights.length;
    }

    @Override
    public Reals sample(int n, UniformRandomProvider rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int j = Sampling.categorical(cumulative, rng);
            v[i] = means[j] + Math.sqrt(variances[j]) * Sampling.gaussian(rng);
        }
        return new Reals(v);
    }

    double density(double x) {
        double d = 0;
        for (int j = 0; j < weights.length; j++) {
            double z = x - means[j];
            d += weights[j] * Math.exp(-z * z / (2 * variances[j])) / Math.sqrt(2 * Math.PI * variances[j]);
        }
        return d;
    }

    @Override
    public double[] pmf(View<Reals> view) {
        if (!(view instanceof BinnedView<Reals> b)) {
            return null;
        }
        return b.pmf(x -> {
            double c = 0;
            for (int j = 0; j < weights.length; j++) {
                c += weights[j] * Sampling.normalCdf((x - means[j]) / Math.sqrt(variances[j]));
            }
            return c;
        });
    }

    @Override
    public double logLikelihoodBits(Reals data) {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            s += Math.log(density(data.value(i)));
        }
        return s / Math.log(2);
    }

    @Override
    public double[] moments() {
        double m = 0;
        for (int j = 0; j < weights.length; j++) {
            m += weights[j] * means[j];
        }
        double v = 0;
        for (int j = 0; j < weights.length; j++) {
            v += weights[j] * (variances[j] + (means[j] - m) * (means[j] - m));
        }
        return new double[] {m, v};
    }
}
