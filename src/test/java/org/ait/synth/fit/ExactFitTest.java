package org.ait.synth.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.DescriptionLength;
import org.junit.jupiter.api.Test;

/**
 * Exact law or close approximation, told apart by held-out rows at the data's precision: the degree-7 Taylor
 * polynomial of sin on [0, 1] (error below 2.8e-6, the next term's bound 1/9!) is not sin on exact doubles, but is as
 * good as sin on data written with 4 significant digits; the true law is exact on both.
 */
class ExactFitTest {

    static final Expr X = new Expr.Var(0);
    static final Expr SIN = new Expr.Unary(Op.SIN, times(0, X));
    static final Expr TAYLOR = new Expr.Binary(Op.ADD, new Expr.Binary(Op.ADD, times(0, X), times(1, power(3))),
            new Expr.Binary(Op.ADD, times(2, power(5)), times(3, power(7))));
    static final double[] SIN_P = {1};
    static final double[] TAYLOR_P = {1, -1.0 / 6, 1.0 / 120, -1.0 / 5040};

    static Expr times(int param, Expr e) {
        return new Expr.Binary(Op.MUL, new Expr.Param(param), e);
    }

    static Expr power(int k) {
        Expr e = X;
        for (int i = 1; i < k; i++) {
            e = new Expr.Binary(Op.MUL, e, X);
        }
        return e;
    }

    /** x uniform in [0, 1] and sin x, as doubles or as written with {@code digits} significant digits. */
    static double[][] data(int n, int digits) {
        Random r = new Random(4);
        double[][] d = new double[4][n];
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble();
            double y = Math.sin(x);
            d[0][i] = digits > 0 ? round(x, digits) : x;
            d[1][i] = digits > 0 ? round(y, digits) : y;
            d[2][i] = digits > 0 ? step(d[0][i], digits) : Math.ulp(x);
            d[3][i] = digits > 0 ? step(d[1][i], digits) : Math.ulp(y);
        }
        return d;
    }

    static double round(double v, int digits) {
        return Double.parseDouble(String.format(Locale.ROOT, "%." + (digits - 1) + "e", v));
    }

    static double step(double v, int digits) {
        return Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - (digits - 1));
    }

    static ExactFit check(double[][] d) {
        return new ExactFit(new double[][] {d[0]}, d[1], new double[][] {d[2]}, d[3]);
    }

    @Test
    void anApproximationIsNotExactOnDoublesButIsToFourDigits() {
        double[][] exact = data(200, 0);
        assertTrue(check(exact).holds(SIN, SIN_P));
        assertFalse(check(exact).holds(TAYLOR, TAYLOR_P));
        double[][] written = data(200, 4);
        assertTrue(check(written).holds(SIN, SIN_P));
        assertTrue(check(written).holds(TAYLOR, TAYLOR_P));
        // Data of 2 digits with the wrong law: sin(x) is not x, even at this precision.
        assertFalse(check(data(200, 2)).holds(times(0, X), new double[] {1}));
    }

    @Test
    void fewRowsAreNeverExact() {
        assertFalse(check(data(ExactFit.MIN_ROWS - 1, 0)).holds(SIN, SIN_P));
    }

    @Test
    void theShortestDescriptionWithinTheNoiseOfTheMostAccurate() {
        // n = 200: the band is 1 + 2 sqrt(2/200) = 1.2 times the least MSE. Within it the shortest description
        // (40 bits) wins, not the fewest structure bits (10, with more parameter and data bits); outside it neither
        // the fewest structure bits (5) nor the shortest description (20) counts.
        List<SymbolicRegression.Model> models = new ArrayList<>();
        double[][] mseStructureParametersData = {{1.0, 30, 40, 0}, {1.15, 12, 8, 20}, {1.19, 10, 20, 25},
            {1.25, 5, 10, 10}, {3.0, 8, 2, 10}};
        for (double[] m : mseStructureParametersData) {
            models.add(new SymbolicRegression.Model(SIN, SIN_P, m[0], new DescriptionLength.Bits(m[1], m[2], m[3])));
        }
        assertEquals(12, SymbolicRegression.shortestWithinNoise(models, 200).bits().structure());
    }
}
