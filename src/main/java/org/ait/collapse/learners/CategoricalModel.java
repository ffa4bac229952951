package org.ait.collapse.learners;

import org.ait.collapse.Model;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Symbols;
import org.ait.collapse.generators.SymbolView;
import org.apache.commons.rng.UniformRandomProvider;

/** A categorical distribution over symbols 0..k-1. */
public final class CategoricalModel implements Model<Symbols> {

    private final double[] pmf;
    private final double[] cumulative;

    public CategoricalModel(double[] pmf) {
        this.pmf = pmf.clone();
        this.cumulative = Sampling.cumulative(pmf);
    }

    /** The probability of symbol i. */
    public double p(int i) {
        return pmf[i];
    }

    @Override
    public Symbols sample(int n, UniformRandomProvider rng) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = Sampling.categorical(cumulative, rng);
        }
        return new Symbols(pmf.length, v);
    }

    @Override
    public double[] pmf(View<Symbols> view) {
        return view instanceof SymbolView && view.categories() == pmf.length ? pmf.clone() : null;
    }

    @Override
    public double entropyBits() {
        double h = 0;
        for (double p : pmf) {
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(2);
    }

    @Override
    public double logLikelihoodBits(Symbols data) {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            s += Math.log(pmf[data.value(i)]);
        }
        return s / Math.log(2);
    }
}
