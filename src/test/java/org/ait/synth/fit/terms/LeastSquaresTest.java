package org.ait.synth.fit.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Least squares against the closed forms of simple linear regression, and weighted least squares against the
 * unweighted problem with each row repeated as often as its (integer) weight says.
 */
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

    @Test
    void integerWeightsActAsRepeatedRows() {
        Random r = new Random(5);
        int n = 30;
        int columns = 4;
        double[][] x = new double[columns][n];
        double[] y = new double[n];
        double[] w = new double[n];
        int repeated = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < columns; k++) {
                x[k][i] = r.nextGaussian();
            }
            y[i] = 1 + 2 * x[0][i] - x[2][i] + r.nextGaussian();
            w[i] = 1 + r.nextInt(3);
            repeated += (int) w[i];
        }
        double[][] xr = new double[columns][repeated];
        double[] yr = new double[repeated];
        for (int i = 0, at = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++, at++) {
                for (int k = 0; k < columns; k++) {
                    xr[k][at] = x[k][i];
                }
                yr[at] = y[i];
            }
        }
        assertArrayEquals(LeastSquares.leastSquares(xr, yr, true), LeastSquares.weightedLeastSquares(x, y, w, true),
                1e-12);
        // The selection's view of a weighted problem: every set's residual sum of squares as with repeated rows.
        double[] sqrtW = java.util.Arrays.stream(w).map(Math::sqrt).toArray();
        double[][] z = LeastSquares.standardizedAll(x, sqrtW);
        double[][] zr = LeastSquares.standardizedAll(xr);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = sqrtW[i] * y[i];
        }
        double[] r0 = LeastSquares.centredWeighted(t, sqrtW);
        double mean = java.util.Arrays.stream(yr).average().orElseThrow();
        double[] r0r = java.util.Arrays.stream(yr).map(v -> v - mean).toArray();
        assertEquals(LeastSquares.dot(r0r, r0r), LeastSquares.dot(r0, r0), 1e-9);
        for (int[] set : new int[][] {{0}, {1}, {0, 2}, {1, 3}, {0, 1, 2, 3}}) {
            assertEquals(LeastSquares.rss(zr, set, r0r), LeastSquares.rss(z, set, r0), 1e-9);
        }
        for (double[] column : z) {
            assertEquals(1, LeastSquares.dot(column, column), 1e-12);
            assertEquals(0, LeastSquares.dot(column, sqrtW), 1e-12);
        }
    }
}
