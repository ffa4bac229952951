package org.ait.collapse;

import org.apache.commons.math3.special.Gamma;

/** The closed forms of collapse.md, for the report's overlays (the tests compute their own). */
public final class ClosedForms {

    private ClosedForms() {
    }

    /** E[S_t] of the categorical MLE at alpha = 0 from E[S_0]: 1 - (1 - 1/n)^t (1 - S_0). */
    public static double collision(double s0, int n, int t) {
        return 1 - Math.pow(1 - 1.0 / n, t) * (1 - s0);
    }

    /** E[S_0] of the first MLE fit to n draws of a distribution with collision S*: S* + (1 - S*) / n. */
    public static double firstCollision(double sStar, int n) {
        return sStar + (1 - sStar) / n;
    }

    /** The collision floor S_inf under a constant alpha. */
    public static double floor(double sStar, int n, double alpha) {
        double keep = (1 - 1.0 / n) * (1 - alpha) * (1 - alpha);
        return ((1 - 1.0 / n) * (1 - (1 - alpha) * (1 - alpha)) * sStar + 1.0 / n) / (1 - keep);
    }

    /** E[ln sigma_{t+1}^2 - ln sigma_t^2] of the Gaussian learner at alpha = 0. */
    public static double logVarianceDrift(int n, boolean unbiased) {
        return Gamma.digamma((n - 1) / 2.0) + Math.log(2.0 / (unbiased ? n - 1 : n));
    }

    /** Mean time to absorption of the categorical MLE from p: -2n sum (1 - p_i) ln(1 - p_i). */
    public static double fixationTime(double[] p, int n) {
        double s = 0;
        for (double v : p) {
            if (v < 1) {
                s += (1 - v) * Math.log(1 - v);
            }
        }
        return -2.0 * n * s;
    }

    /** Variance factor per generation of Silverman-bandwidth KDE: (n - 1)/n + 1.1236 n^-0.4. */
    public static double kdeInflation(int n) {
        return (n - 1.0) / n + 1.1236 * Math.pow(n, -0.4);
    }
}
