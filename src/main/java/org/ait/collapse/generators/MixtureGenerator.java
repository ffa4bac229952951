package org.ait.collapse.generators;

import org.ait.collapse.Generator;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Reals;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * An equal-weight mixture of K unit-variance Gaussians with means 3 apart, centred on 0 ({@code gmm:K}).
 */
public final class MixtureGenerator implements Generator<Reals> {

    private final int k;
    private final double[] means;
    private final double mean;
    private final double variance;
    private final BinnedView<Reals> view;

    public MixtureGenerator(int k) {
        if (k < 1 || k > 20) {
            throw new IllegalArgumentException("gmm:K needs K between 1 and 20, got " + k);
        }
        this.k = k;
        this.means = new double[k];
        double m2 = 0;
        for (int i = 0; i < k; i++) {
            means[i] = 3.0 * (i - (k - 1) / 2.0);
            m2 += means[i] * means[i] / k;
        }
        this.mean = 0;
        this.variance = 1 + m2;
        this.view = BinnedView.ofReals(0, Math.sqrt(variance));
    }

    public double[] componentMeans() {
        return means.clone();
    }

    @Override
    public String spec() {
        return "gmm:" + k;
    }

    @Override
    public Class<Reals> dataType() {
        return Reals.class;
    }

    @Override
    public Reals sample(int n, UniformRandomProvider rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = means[rng.nextInt(k)] + Sampling.gaussian(rng);
        }
        return new Reals(v);
    }

    @Override
    public View<Reals> view() {
        return view;
    }

    @Override
    public double[] pmf() {
        return view.pmf(x -> {
            double c = 0;
            for (double m : means) {
                c += Sampling.normalCdf(x - m) / k;
            }
            return c;
        });
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public double[] moments() {
        return new double[] {mean, variance};
    }
}
