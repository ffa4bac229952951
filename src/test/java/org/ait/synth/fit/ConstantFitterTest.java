package org.ait.synth.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Least-squares constants: recovers the constants data were made with, from noise-free and noisy data. */
class ConstantFitterTest {

    static final List<String> X = List.of("x");

    static double[][] xs(int n, double lo, double hi, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * r.nextDouble();
        }
        return new double[][] {x};
    }

    /** c0 * exp(c1 * x) + c2, written with parameter slots. */
    static final Expr MODEL = new Expr.Binary(Op.ADD, new Expr.Binary(Op.MUL, new Expr.Param(0),
            new Expr.Unary(Op.EXP, new Expr.Binary(Op.MUL, new Expr.Param(1), new Expr.Var(0)))), new Expr.Param(2));

    @Test
    void recoversExactConstants() {
        double[][] cols = xs(50, -1, 2, 1);
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            y[i] = 2.5 * Math.exp(-1.3 * cols[0][i]) + 0.7;
        }
        ConstantFitter.Fit f = new ConstantFitter(8, 200).fit(MODEL, cols, y,
                RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertEquals(2.5, f.params()[0], 1e-6);
        assertEquals(-1.3, f.params()[1], 1e-6);
        assertEquals(0.7, f.params()[2], 1e-6);
        assertTrue(f.sse() < 1e-12, "sse " + f.sse());
    }

    @Test
    void noisyDataGiveConstantsWithinTheirStandardError() {
        // Straight line y = 3x - 2 + N(0, 0.1): least squares has a closed form to compare with.
        double[][] cols = xs(200, 0, 1, 2);
        Random r = new Random(3);
        double[] y = new double[200];
        for (int i = 0; i < 200; i++) {
            y[i] = 3 * cols[0][i] - 2 + 0.1 * r.nextGaussian();
        }
        Expr line = new Expr.Binary(Op.ADD, new Expr.Binary(Op.MUL, new Expr.Param(0), new Expr.Var(0)),
                new Expr.Param(1));
        ConstantFitter.Fit f = new ConstantFitter(2, 100).fit(line, cols, y, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < 200; i++) {
            double x = cols[0][i];
            sx += x;
            sy += y[i];
            sxx += x * x;
            sxy += x * y[i];
        }
        double slope = (200 * sxy - sx * sy) / (200 * sxx - sx * sx);
        double intercept = (sy - slope * sx) / 200;
        assertEquals(slope, f.params()[0], 1e-7);
        assertEquals(intercept, f.params()[1], 1e-7);
        assertEquals(3, slope, 0.1);
    }

    @Test
    void unusableModelsGetAnInfiniteError() {
        double[][] cols = {{-1, -2, -3}};
        Expr logOfNegative = new Expr.Unary(Op.LOG, new Expr.Var(0));
        assertEquals(Double.POSITIVE_INFINITY, ConstantFitter.sse(logOfNegative, cols, new double[3], new double[0]));
    }

    /** Weighted fit of a line = the closed-form weighted least-squares line (normal equations, by hand). */
    @Test
    void weightedFitIsTheClosedFormWeightedLine() {
        Random r = new Random(8);
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * r.nextDouble();
            y[i] = 1.5 - 0.7 * x[i] + r.nextGaussian();
            w[i] = 0.1 + 3 * r.nextDouble();
        }
        double sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            swx += w[i] * x[i];
            swy += w[i] * y[i];
            swxx += w[i] * x[i] * x[i];
            swxy += w[i] * x[i] * y[i];
        }
        double slope = (sw * swxy - swx * swy) / (sw * swxx - swx * swx);
        double intercept = (swy - slope * swx) / sw;
        Expr line = new Expr.Binary(Op.ADD, new Expr.Param(0), new Expr.Binary(Op.MUL, new Expr.Param(1),
                new Expr.Var(0)));
        ConstantFitter.Fit f = new ConstantFitter(1, 100).weights(w).fit(line, new double[][] {x}, y,
                RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertEquals(intercept, f.params()[0], 1e-9);
        assertEquals(slope, f.params()[1], 1e-9);
        // The unweighted line differs: the weights matter.
        ConstantFitter.Fit plain = new ConstantFitter(1, 100).fit(line, new double[][] {x}, y,
                RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertTrue(Math.abs(plain.params()[1] - slope) > 1e-3);
    }
}
