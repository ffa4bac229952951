package org.ait.collapse;

import org.ait.collapse.data.Reals;
import org.ait.collapse.data.Symbols;
import org.ait.collapse.learners.CategoricalMle;
import org.ait.collapse.learners.CategoricalModel;
import org.ait.collapse.learners.KdeLearner;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Subtly wrong learners, for showing that the closed-form checks can fail: each is a plausible slip in a real
 * implementation, and each check that a correct learner passes must reject one of them.
 */
final class Mutants {

    private Mutants() {
    }

    /**
     * The categorical maximum-likelihood fit sampled at temperature T (p_i proportional to phat_i^(1/T)): a softmax
     * temperature left at 0.99 where 1 was meant.
     */
    static Learner<Symbols> tempered(double temperature) {
        Learner<Symbols> mle = CategoricalMle.mle();
        return new Learner<>() {
            @Override
            public String name() {
                return "categorical-mle at temperature " + temperature;
            }

            @Override
            public Class<Symbols> dataType() {
                return Symbols.class;
            }

            @Override
            public Model<Symbols> fit(Symbols data, Model<Symbols> previous, UniformRandomProvider rng) {
                CategoricalModel m = (CategoricalModel) mle.fit(data, previous, rng);
                int k = data.alphabet();
                double[] p = new double[k];
                double total = 0;
                for (int i = 0; i < k; i++) {
                    p[i] = Math.pow(m.p(i), 1 / temperature);
                    total += p[i];
                }
                for (int i = 0; i < k; i++) {
                    p[i] /= total;
                }
                return new CategoricalModel(p);
            }
        };
    }

    /** Kernel density estimation with Silverman's other constant, h = 0.9 s n^(-1/5), where 1.06 was meant. */
    static Learner<Reals> kdeWrongConstant() {
        return new Learner<>() {
            @Override
            public String name() {
                return "kde with h = 0.9 s n^-1/5";
            }

            @Override
            public Class<Reals> dataType() {
                return Reals.class;
            }

            @Override
            public Model<Reals> fit(Reals data, Model<Reals> previous, UniformRandomProvider rng) {
                int n = data.size();
                double s = Math.sqrt(data.sumSquares() / (n - 1));
                return KdeLearner.fixed(0.9 * s * Math.pow(n, -0.2)).fit(data, previous, rng);
            }
        };
    }
}
