package org.ait.collapse.learners;

import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.data.Symbols;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Categorical learners on symbols: maximum likelihood (p_i = c_i / n, {@code categorical-mle}) or add-beta smoothing
 * (p_i = (c_i + beta) / (n + k beta), {@code add-beta:B}).
 */
public final class CategoricalMle implements Learner<Symbols> {

    private final double beta;

    private CategoricalMle(double beta) {
        this.beta = beta;
    }

    /** Maximum likelihood. */
    public static CategoricalMle mle() {
        return new CategoricalMle(0);
    }

    /** Add-beta smoothing, beta > 0. */
    public static CategoricalMle addBeta(double beta) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("add-beta:B needs B > 0, got " + beta);
        }
        return new CategoricalMle(beta);
    }

    @Override
    public String name() {
        return beta == 0 ? "categorical-mle" : "add-beta:" + org.ait.collapse.Catalog.number(beta);
    }

    @Override
    public Class<Symbols> dataType() {
        return Symbols.class;
    }

    @Override
    public Model<Symbols> fit(Symbols data, Model<Symbols> previous, UniformRandomProvider rng) {
        long[] c = data.counts();
        double total = data.size() + c.length * beta;
        double[] p = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            p[i] = (c[i] + beta) / total;
        }
        return new CategoricalModel(p);
    }
}
