package org.ait.synth.fit.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Least squares against the closed forms of simple linear regression. */
class LeastSquaresTest {

    @Test
    void standardErrorsOfALineAreTheTextbookOnes() {
        Random r = new Random(3);
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10 * r.nextDouble();
            y[i] = 1.5 - 0.7 * x[i] + r.nextGaussian();
        }
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            rss += Math.pow(y[i] - a - b * x[i], 2);
        }
        double s = Math.sqrt(rss / (n - 2));
        LeastSquares.Fit fit = LeastSquares.withStandardErrors(new double[][] {x}, y, true);
        assertArrayEquals(new double[] {a, b}, fit.coef(), 1e-12);
        assertArrayEquals(fit.coef(), LeastSquares.leastSquares(new double[][] {x}, y, true));
        assertEquals(s * Math.sqrt(1.0 / n + mx * mx / sxx), fit.standardErrors()[0], 1e-12);
        assertEquals(s / Math.sqrt(sxx), fit.standardErrors()[1], 1e-12);
        // An exact fit has no error to speak of; and without degrees of freedom none is estimated.
        double[] line = java.util.Arrays.stream(x).map(v -> 2 * v).toArray();
        assertArrayEquals(new double[] {0}, LeastSquares.withStandardErrors(new double[][] {x}, line, false)
                .standardErrors(), 1e-12);
        assertArrayEquals(new double[] {0, 0}, LeastSquares.withStandardErrors(new double[][] {{1, 2}},
                new double[] {3, 4}, true).standardErrors());
    }
}
