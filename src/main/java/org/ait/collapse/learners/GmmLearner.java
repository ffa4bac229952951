package org.ait.collapse.learners;

import java.util.Arrays;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.data.Reals;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A K-component Gaussian mixture fitted by expectation-maximisation ({@code gmm-em:K}): means started at K distinct
 * training points drawn from the run's stream, at most 200 iterations or until the log-likelihood gains less than
 * 1e-8 per point; a component's variance is floored at 1e-6 times the data's, so a component that lands on a
 * single point does not become a spike of infinite density.
 */
public final class GmmLearner implements Learner<Reals> {

    private final int k;

    public GmmLearner(int k) {
        if (k < 1 || k > 20) {
            throw new IllegalArgumentException("gmm-em:K needs K between 1 and 20, got " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "gmm-em:" + k;
    }

    @Override
    public Class<Reals> dataType() {
        return Reals.class;
    }

    @Override
    public Model<Reals> fit(Reals data, Model<Reals> previous, UniformRandomProvider rng) {
        double[] x = data.values();
        int n = x.length;
        double total = Math.max(data.sumSquares() / n, 1e-300);
        double floor = 1e-6 * total;
        int kk = Math.min(k, n);
        double[] w = new double[kk];
        double[] mu = new double[kk];
        double[] var = new double[kk];
        int[] start = org.ait.collapse.Sampling.withoutReplacement(n, kk, rng);
        for (int j = 0; j < kk; j++) {
            w[j] = 1.0 / kk;
            mu[j] = x[start[j]];
            var[j] = total;
        }
        double[][] r = new double[n][kk];
        double previousLl = Double.NEGATIVE_INFINITY;
        for (int it = 0; it < 200; it++) {
            double ll = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < kk; j++) {
                    double z = x[i] - mu[j];
                    r[i][j] = w[j] * Math.exp(-z * z / (2 * var[j])) / Math.sqrt(2 * Math.PI * var[j]);
                    s += r[i][j];
                }
                if (s <= 0) {
                    Arrays.fill(r[i], 1.0 / kk);
                    s = 1;
                } else {
                    ll += Math.log(s);
                    for (int j = 0; j < kk; j++) {
                        r[i][j] /= s;
                    }
                }
            }
            for (int j = 0; j < kk; j++) {
                double nj = 0;
                double m = 0;
                for (int i = 0; i < n; i++) {
                    nj += r[i][j];
                    m += r[i][j] * x[i];
                }
                if (nj < 1e-12) {
                    continue;
                }
                m /= nj;
                double v = 0;
                for (int i = 0; i < n; i++) {
                    v += r[i][j] * (x[i] - m) * (x[i] - m);
                }
                w[j] = nj / n;
                mu[j] = m;
                var[j] = Math.max(v / nj, floor);
            }
            if (ll - previousLl < 1e-8 * n) {
                break;
            }
            previousLl = ll;
        }
        double ws = Arrays.stream(w).sum();
        for (int j = 0; j < kk; j++) {
            w[j] /= ws;
        }
        return new MixtureModel(w, mu, var);
    }
}
