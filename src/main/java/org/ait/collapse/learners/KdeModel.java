package org.ait.collapse.learners;

import org.ait.collapse.Model;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Reals;
import org.ait.collapse.generators.BinnedView;
import org.apache.commons.rng.UniformRandomProvider;

/** A Gaussian kernel density estimate: the training points, each spread by N(0, h^2). */
public final class KdeModel implements Model<Reals> {

    private final double[] points;
    private final double h;

    public KdeModel(double[] points, double h) {
        this.points = points.clone();
        this.h = h;
    }

    public double bandwidth() {
        return h;
    }

    @Override
    public Reals sample(int n, UniformRandomProvider rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = points[rng.nextInt(points.length)] + h * Sampling.gaussian(rng);
        }
        return new Reals(v);
    }

    double cdf(double x) {
        double c = 0;
        for (double p : points) {
            c += h > 0 ? Sampling.normalCdf((x - p) / h) : (x >= p ? 1 : 0);
        }
        return c / points.length;
    }

    @Override
    public double[] pmf(View<Reals> view) {
        return view instanceof BinnedView<Reals> b ? b.pmf(this::cdf) : null;
    }

    @Override
    public double logLikelihoodBits(Reals data) {
        double s = 0;
        double norm = 1 / (points.length * h * Math.sqrt(2 * Math.PI));
        for (int i = 0; i < data.size(); i++) {
            double d = 0;
            for (double p : points) {
                double z = (data.value(i) - p) / h;
                d += Math.exp(-0.5 * z * z);
            }
            s += Math.log(d * norm);
        }
        return s / Math.log(2);
    }

    @Override
    public double[] moments() {
        Reals r = new Reals(points);
        return new double[] {r.mean(), r.sumSquares() / points.length + h * h};
    }
}
