package org.ait.collapse.generators;

import org.ait.collapse.Generator;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Reals;
import org.apache.commons.rng.UniformRandomProvider;

/** Independent draws of N(mu, sigma^2) ({@code gaussian:MU:SIGMA}). */
public final class GaussianGenerator implements Generator<Reals> {

    private final double mu;
    private final double sigma;
    private final BinnedView<Reals> view;

    public GaussianGenerator(double mu, double sigma) {
        if (!(sigma > 0) || !Double.isFinite(mu) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("gaussian:MU:SIGMA needs a finite MU and SIGMA > 0");
        }
        this.mu = mu;
        this.sigma = sigma;
        this.view = BinnedView.ofReals(mu, sigma);
    }

    @Override
    public String spec() {
        return "gaussian:" + CategoricalGenerator.trim(mu) + ":" + CategoricalGenerator.trim(sigma);
    }

    @Override
    public Class<Reals> dataType() {
        return Reals.class;
    }

    @Override
    public Reals sample(int n, UniformRandomProvider rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mu + sigma * Sampling.gaussian(rng);
        }
        return new Reals(v);
    }

    @Override
    public View<Reals> view() {
        return view;
    }

    @Override
    public double[] pmf() {
        return view.pmf(x -> Sampling.normalCdf((x - mu) / sigma));
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public double[] moments() {
        return new double[] {mu, sigma * sigma};
    }
}
