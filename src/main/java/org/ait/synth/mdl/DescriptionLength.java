package org.ait.synth.mdl;

import org.ait.synth.expr.Expr;

/**
 * Minimum description length of a fitted model, in bits: the bits to name its structure (a prior, given by the
 * caller), plus the bits to state its parameters to the precision the data can support, plus the bits to encode
 * the data's residuals given the model (Gaussian, noise estimated from the fit). The parameter cost follows the
 * MDL treatment of Exhaustive Symbolic Regression (Bartlett, Desmond and Ferreira 2022): a parameter of value c
 * with Fisher information I costs log2|c| + (1/2) log2 I - (1/2) log2 3 bits, at least 1 bit; the residual cost is
 * -log2 of the Gaussian likelihood at the maximum-likelihood noise, which is floored at {@code noiseFloor} (the
 * precision of the data) so that an exact fit does not earn unbounded credit. Data bits are those of a density,
 * so totals can be negative; only differences between models of the same data matter.
 */
public final class DescriptionLength {

    private static final double LN2 = Math.log(2);

    /** The parts of a description length, in bits. */
    public record Bits(double structure, double parameters, double data) {
        public double total() {
            return structure + parameters + data;
        }
    }

    private DescriptionLength() {
    }

    /**
     * @param structureBits bits of the structure (its prior: -log2 of its probability)
     * @param sse           sum of squared residuals of the fit
     * @param n             observations
     * @param noiseFloor    smallest noise standard deviation believed (the data's precision), > 0
     * @param fisherDiag    per parameter, the sum over observations of (d prediction / d parameter)^2
     * @param params        fitted parameter values
     */
    public static Bits of(double structureBits, double sse, int n, double noiseFloor, double[] fisherDiag,
            double[] params) {
        double variance = Math.max(sse / n, noiseFloor * noiseFloor);
        // -log2 of prod N(r | 0, variance) = n/2 log2(2 pi variance) + sse / (2 variance ln 2).
        double data = 0.5 * n * Math.log(2 * Math.PI * variance) / LN2 + sse / (2 * variance * LN2);
        double paramBits = 0;
        for (int j = 0; j < params.length; j++) {
            double information = fisherDiag[j] / variance;
            double bits = Math.log(Math.abs(params[j])) / LN2 + 0.5 * Math.log(information) / LN2
                    - 0.5 * Math.log(3) / LN2;
            paramBits += Double.isFinite(bits) ? Math.max(bits, 1) : 1;
        }
        return new Bits(structureBits, paramBits, data);
    }

    /** Per parameter, the sum over observations of the squared derivative of the prediction. */
    public static double[] fisherDiagonal(Expr e, double[][] columns, double[] params) {
        return fisherDiagonal(e, columns, params, null);
    }

    /** As {@link #fisherDiagonal(Expr, double[][], double[])}, each observation times its weight (null: 1). */
    public static double[] fisherDiagonal(Expr e, double[][] columns, double[] params, double[] weights) {
        double[][] d = derivatives(e, columns, params);
        double[] out = new double[params.length];
        for (int j = 0; j < params.length; j++) {
            double s = 0;
            for (int r = 0; r < d[j].length; r++) {
                s += d[j][r] * d[j][r] * (weights == null ? 1 : weights[r]);
            }
            out[j] = s;
        }
        return out;
    }

    /**
     * {@code [j][r]}: the derivative of the prediction at observation r with respect to parameter j, by central
     * differences with a step of 1e-6 relative to the parameter (at least 1e-6).
     */
    public static double[][] derivatives(Expr e, double[][] columns, double[] params) {
        int n = columns.length == 0 ? 0 : columns[0].length;
        double[] plus = new double[n];
        double[] minus = new double[n];
        double[] c = params.clone();
        double[][] out = new double[params.length][n];
        for (int j = 0; j < params.length; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(c[j]));
            double saved = c[j];
            c[j] = saved + h;
            e.evaluate(columns, c, plus);
            c[j] = saved - h;
            e.evaluate(columns, c, minus);
            c[j] = saved;
            for (int r = 0; r < n; r++) {
                out[j][r] = (plus[r] - minus[r]) / (2 * h);
            }
        }
        return out;
    }
}
