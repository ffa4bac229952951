package org.ait.synth.fit;

import java.util.Arrays;
import org.ait.synth.expr.Expr;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Whether a model is an exact law of the data or a close approximation. A fixed floor cannot tell: a 50-node sum of
 * smooth terms reaches 1e-9 of the target's scale on 200 rows. Here the model is refitted on three rows in four and
 * must predict the fourth to the data's own precision: the rounding of every value as written (a CSV's digits; the
 * double's spacing for computed data), carried through the model by its gradient, plus what double arithmetic and
 * fitted constants reach ({@link #ARITHMETIC} of the target's scale). With fewer than {@link #MIN_ROWS} rows the
 * check stays off: nothing is called exact.
 */
final class ExactFit {

    /** Rows needed for a held-out check (a quarter of them held out). */
    static final int MIN_ROWS = 8;

    /** Relative to the target's RMS: what a law computed in doubles with fitted constants can be expected to reach. */
    static final double ARITHMETIC = 1e-12;

    /** The held-out residuals' RMS may be this many times the precision's. */
    static final double SIGMAS = 3;

    private final double[][] x;
    private final double[] y;
    private final double[][] xSteps;
    private final double[] ySteps;
    private final double floor;
    private final double plausibleMse;

    /**
     * @param x      {@code x[i][r]}: input i at row r
     * @param y      the target
     * @param xSteps the precision (one unit of the last digit) of each input value, or null for exact doubles
     * @param ySteps the precision of each target value, or null for exact doubles
     */
    ExactFit(double[][] x, double[] y, double[][] xSteps, double[] ySteps) {
        this.x = x;
        this.y = y;
        this.xSteps = xSteps != null ? xSteps : Arrays.stream(x).map(ExactFit::ulps).toArray(double[][]::new);
        this.ySteps = ySteps != null ? ySteps : ulps(y);
        double rms = Math.sqrt(Arrays.stream(y).map(v -> v * v).sum() / y.length);
        this.floor = Math.max(ARITHMETIC * rms, Double.MIN_NORMAL);
        // A cheap bound for the search's stop: the rounding variance with typical sensitivities sd(y)/sd(x), ample.
        double sdY = sd(y);
        double variance = meanSquare(this.ySteps) / 12;
        for (int i = 0; i < x.length; i++) {
            double sdX = sd(x[i]);
            if (sdX > 0) {
                variance += meanSquare(this.xSteps[i]) / 12 * (sdY / sdX) * (sdY / sdX);
            }
        }
        this.plausibleMse = 100 * (SIGMAS * SIGMAS * variance + floor * floor);
    }

    /** A necessary condition, cheap: the training error is within the precision's reach. */
    boolean plausible(double mse) {
        return mse <= plausibleMse;
    }

    /** Whether {@code structure}, refitted on three rows in four from {@code params}, predicts the fourth exactly. */
    boolean holds(Expr structure, double[] params) {
        int n = y.length;
        if (n < MIN_ROWS) {
            return false;
        }
        int held = n / 4;
        int fitted = n - held;
        if (structure.parameters() >= fitted) {
            return false;
        }
        // The rows come in random order (a seeded split or draw): the last quarter is a random quarter.
        double[][] fx = Arrays.stream(x).map(c -> Arrays.copyOf(c, fitted)).toArray(double[][]::new);
        double[] p = params;
        if (structure.parameters() > 0) {
            p = new ConstantFitter(1, 200).fit(structure, fx, Arrays.copyOf(y, fitted),
                    RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {0x5EED, 1}), params).params();
        }
        double residual = 0;
        double precision = 0;
        double[] row = new double[x.length];
        for (int r = fitted; r < n; r++) {
            for (int i = 0; i < x.length; i++) {
                row[i] = x[i][r];
            }
            double f = structure.evaluate(row, p);
            double e = f - y[r];
            if (!Double.isFinite(e)) {
                return false;
            }
            residual += e * e;
            double v = ySteps[r] * ySteps[r] / 12;
            for (int i = 0; i < x.length; i++) {
                double g = derivative(structure, p, row, i);
                if (!Double.isFinite(g)) {
                    return false;
                }
                v += g * g * xSteps[i][r] * xSteps[i][r] / 12;
            }
            precision += v + floor * floor;
        }
        return residual <= SIGMAS * SIGMAS * precision;
    }

    /** Central difference of the model in input i at the row (the row is left as it was). */
    private static double derivative(Expr structure, double[] p, double[] row, int i) {
        double v = row[i];
        double h = Math.max(1e-6 * Math.abs(v), 1e-9);
        row[i] = v + h;
        double up = structure.evaluate(row, p);
        row[i] = v - h;
        double down = structure.evaluate(row, p);
        row[i] = v;
        return (up - down) / (2 * h);
    }

    private static double[] ulps(double[] v) {
        return Arrays.stream(v).map(Math::ulp).toArray();
    }

    private static double meanSquare(double[] v) {
        return Arrays.stream(v).map(a -> a * a).sum() / v.length;
    }

    private static double sd(double[] v) {
        double mean = Arrays.stream(v).sum() / v.length;
        return Math.sqrt(Arrays.stream(v).map(a -> (a - mean) * (a - mean)).sum() / v.length);
    }
}
