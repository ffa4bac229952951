package org.ait.collapse.metrics;

/** Entropies and divergences of distributions on finitely many categories, in bits. */
public final class Divergences {

    private static final double LN2 = Math.log(2);

    private Divergences() {
    }

    public static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h / LN2;
    }

    public static double collision(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v * v;
        }
        return s;
    }

    /** Frequencies of counts. */
    public static double[] frequencies(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        double[] p = new double[counts.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = n == 0 ? 0 : counts[i] / (double) n;
        }
        return p;
    }

    /** Miller-Madow: plug-in entropy + (observed categories - 1) / (2N) nats. */
    public static double millerMadow(long[] counts) {
        long n = 0;
        int k = 0;
        for (long c : counts) {
            n += c;
            if (c > 0) {
                k++;
            }
        }
        return n == 0 ? Double.NaN : entropy(frequencies(counts)) + (k - 1) / (2.0 * n * LN2);
    }

    /** Unbiased collision estimate from counts: sum c (c - 1) / (N (N - 1)). */
    public static double collisionUnbiased(long[] counts) {
        long n = 0;
        double s = 0;
        for (long c : counts) {
            n += c;
            s += (double) c * (c - 1);
        }
        return n < 2 ? Double.NaN : s / ((double) n * (n - 1));
    }

    public static double totalVariation(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += Math.abs(p[i] - q[i]);
        }
        return s / 2;
    }

    public static double jensenShannon(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            if (p[i] > 0) {
                s += p[i] * Math.log(p[i] / m);
            }
            if (q[i] > 0) {
                s += q[i] * Math.log(q[i] / m);
            }
        }
        return s / 2 / LN2;
    }

    /** KL(p || q) in bits; q must be positive where p is. */
    public static double kl(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                s += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return s / LN2;
    }

    /** An exact distribution mixed with 1e-6 of the uniform one. */
    public static double[] smoothed(double[] q) {
        double[] s = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            s[i] = (1 - 1e-6) * q[i] + 1e-6 / q.length;
        }
        return s;
    }

    /** Add-1/2 (Krichevsky-Trofimov) frequencies of counts. */
    public static double[] smoothed(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        double[] s = new double[counts.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (counts[i] + 0.5) / (n + 0.5 * counts.length);
        }
        return s;
    }
}
