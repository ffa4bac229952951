package org.ait.collapse.learners;

import org.ait.collapse.Model;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Reals;
import org.ait.collapse.generators.BinnedView;
import org.apache.commons.rng.UniformRandomProvider;

/** A Gaussian kernel density estimate: the training points, each spread by N(0, h^2). */
public final class KdeModel implements Model<Reals> {

    /** Beyond this many bandwidths a kernel's distribution function is 0 or 1 to double precision (below 1e-16). */
    static final double REACH = 8.3;

    private final double[] points;
    private final double[] sorted;
    private final double h;

    public KdeModel(double[] points, double h) {
        this.points = points.clone();
        this.sorted = points.clone();
        java.util.Arrays.sort(sorted);
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

    /**
     * The mixture's distribution function: the kernels of points more than {@value #REACH} bandwidths below x count 1,
     * those as far above count 0, the others their normal distribution function.
     */
    double cdf(double x) {
        if (h <= 0) {
            return (double) upTo(x) / sorted.length;
        }
        int below = upTo(x - REACH * h);
        int near = upTo(x + REACH * h);
        double c = below;
        for (int i = below; i < near; i++) {
            c += Sampling.normalCdf((x - sorted[i]) / h);
        }
        return c / sorted.length;
    }

    /** How many points are at most x. */
    private int upTo(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
