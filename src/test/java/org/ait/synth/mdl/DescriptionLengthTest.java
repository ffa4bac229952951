package org.ait.synth.mdl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.ConstantFitter;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Description lengths: the residual bits equal -log2 of the Gaussian likelihood computed by Commons Math, the
 * Fisher diagonal of a linear model equals its closed form, and on noisy data from a quadratic the shortest
 * description among polynomials of degree 0 to 6 is the quadratic.
 */
class DescriptionLengthTest {

    @Test
    void residualBitsAreTheGaussianLikelihood() {
        double[] residuals = {0.3, -0.1, 0.25, -0.4, 0.05};
        double sse = 0;
        for (double r : residuals) {
            sse += r * r;
        }
        double sigma = Math.sqrt(sse / residuals.length);
        NormalDistribution normal = new NormalDistribution(0, sigma);
        double nats = 0;
        for (double r : residuals) {
            nats -= normal.logDensity(r);
        }
        DescriptionLength.Bits b = DescriptionLength.of(0, sse, residuals.length, 1e-9, new double[0], new double[0]);
        assertEquals(nats / Math.log(2), b.data(), 1e-9);
        // Below the noise floor the floor is used: an exact fit costs n/2 log2(2 pi floor^2) + 0.
        DescriptionLength.Bits exact = DescriptionLength.of(0, 0, 10, 1e-3, new double[0], new double[0]);
        assertEquals(5 * Math.log(2 * Math.PI * 1e-6) / Math.log(2), exact.data(), 1e-9);
    }

    @Test
    void fisherDiagonalOfALineIsTheSumOfSquares() {
        double[][] cols = {{0.5, 1.5, -2, 3}};
        Expr line = new Expr.Binary(Op.ADD, new Expr.Binary(Op.MUL, new Expr.Param(0), new Expr.Var(0)),
                new Expr.Param(1));
        double[] f = DescriptionLength.fisherDiagonal(line, cols, new double[] {2, -1});
        assertEquals(0.25 + 2.25 + 4 + 9, f[0], 1e-6);
        assertEquals(4, f[1], 1e-6);
    }

    /** c0 + x*(c1 + x*(c2 + ...)) with degree + 1 parameters. */
    static Expr polynomial(int degree) {
        Expr e = new Expr.Param(degree);
        for (int d = degree - 1; d >= 0; d--) {
            e = new Expr.Binary(Op.ADD, new Expr.Param(d), new Expr.Binary(Op.MUL, new Expr.Var(0), e));
        }
        return e;
    }

    @Test
    void theQuadraticHasTheShortestDescription() {
        int n = 200;
        Random r = new Random(11);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * r.nextDouble() - 1;
            y[i] = 1 + 2 * x[i] - 1.5 * x[i] * x[i] + 0.05 * r.nextGaussian();
        }
        double[][] cols = {x};
        int best = -1;
        double bestBits = Double.POSITIVE_INFINITY;
        for (int degree = 0; degree <= 6; degree++) {
            Expr p = polynomial(degree);
            ConstantFitter.Fit f = new ConstantFitter(2, 200).fit(p, cols, y, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
            // Structure: size nodes, each one of 4 token kinds (+, *, x, c).
            DescriptionLength.Bits b = DescriptionLength.of(p.size() * 2, f.sse(), n, 1e-9,
                    DescriptionLength.fisherDiagonal(p, cols, f.params()), f.params());
            System.out.printf("degree %d: %.1f bits (structure %.0f, parameters %.1f, data %.1f)%n", degree, b.total(),
                    b.structure(), b.parameters(), b.data());
            if (b.total() < bestBits) {
                bestBits = b.total();
                best = degree;
            }
        }
        assertEquals(2, best);
    }
}
