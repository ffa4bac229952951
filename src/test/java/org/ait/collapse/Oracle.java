package org.ait.collapse;

import java.util.Locale;

/** The statistical check of the closed-form tests: a Monte-Carlo mean against its expected value, in standard errors. */
final class Oracle {

    /** A measured mean and its standard error over independent seeds. */
    record Estimate(double mean, double se, int count) {
        double z(double expected) {
            return (mean - expected) / se;
        }

        /** Whether the expected value lies within {@code k} standard errors. */
        boolean agrees(double expected, double k) {
            return Math.abs(z(expected)) <= k;
        }

        String report(String what, double expected) {
            return String.format(Locale.ROOT, "%s: expected %.5g, measured %.5g +- %.2g (SE, %d seeds), z = %.2f", what,
                    expected, mean, se, count, z(expected));
        }
    }

    private Oracle() {
    }

    static Estimate estimate(double[] values) {
        double m = 0;
        for (double v : values) {
            m += v;
        }
        m /= values.length;
        double s = 0;
        for (double v : values) {
            s += (v - m) * (v - m);
        }
        double sd = Math.sqrt(s / (values.length - 1));
        return new Estimate(m, sd / Math.sqrt(values.length), values.length);
    }
}
