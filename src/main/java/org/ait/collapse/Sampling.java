package org.ait.collapse;

import org.apache.commons.rng.UniformRandomProvider;

/** The few samplers the harness needs, written out so that every draw comes from the run's own stream. */
public final class Sampling {

    private Sampling() {
    }

    /** A standard normal draw (Marsaglia's polar method; the second value is discarded, for simplicity). */
    public static double gaussian(UniformRandomProvider rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** A Binomial(n, p) draw: n Bernoulli trials (n is a generation's size, small). */
    public static int binomial(int n, double p, UniformRandomProvider rng) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** Cumulative sums of a pmf, for {@link #categorical}. */
    public static double[] cumulative(double[] pmf) {
        double[] c = new double[pmf.length];
        double s = 0;
        for (int i = 0; i < pmf.length; i++) {
            s += pmf[i];
            c[i] = s;
        }
        return c;
    }

    /** A draw from the categorical distribution with these cumulative sums (the last is the total). */
    public static int categorical(double[] cumulative, UniformRandomProvider rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        // The first index whose cumulative sum exceeds u: its own probability is positive.
        return lo;
    }

    /** {@code k} distinct indices of 0..n-1 in random order (partial Fisher-Yates). */
    public static int[] withoutReplacement(int n, int k, UniformRandomProvider rng) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    /** The standard normal distribution function (to 1e-12, {@link NormalCdf}). */
    public static double normalCdf(double z) {
        return NormalCdf.value(z);
    }
}
