package org.ait.synth.fit;

import org.ait.synth.expr.Expr;
import org.ait.synth.mdl.DescriptionLength;
import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fits the parameters of an expression to data by least squares: Levenberg-Marquardt (Commons Math) from several
 * starting points, keeping the best. The Jacobian is taken by central differences (step scaled to each
 * parameter). Deterministic for a given random stream.
 */
public final class ConstantFitter {

    /** A fit: parameter values and the sum of squared residuals (infinite when no start gave finite values). */
    public record Fit(double[] params, double sse) {
    }

    private final int restarts;
    private final int maxIterations;
    /** Square roots of the observation weights; null for equal weights. */
    private double[] rootWeights;

    public ConstantFitter(int restarts, int maxIterations) {
        if (restarts < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("restarts and iterations must be at least 1");
        }
        this.restarts = restarts;
        this.maxIterations = maxIterations;
    }

    /**
     * Weighted least squares: observation r counts {@code weights[r]} times (null: all once). Returns this fitter.
     */
    public ConstantFitter weights(double[] weights) {
        this.rootWeights = weights == null ? null : java.util.Arrays.stream(weights).map(Math::sqrt).toArray();
        return this;
    }

    /**
     * @param columns {@code columns[i][r]}: variable i at observation r
     * @param y       the target at each observation
     * @param rng     draws the starting points after the first (all ones)
     */
    public Fit fit(Expr e, double[][] columns, double[] y, UniformRandomProvider rng) {
        return fit(e, columns, y, rng, null);
    }

    /**
     * As {@link #fit(Expr, double[][], double[], UniformRandomProvider)}, with one more start, tried first: {@code
     * first} (values from a linearised fit, say), when it is not null.
     */
    public Fit fit(Expr e, double[][] columns, double[] y, UniformRandomProvider rng, double[] first) {
        int p = e.parameters();
        if (p == 0) {
            return new Fit(new double[0], sse(e, columns, y, new double[0], rootWeights));
        }
        Fit best = new Fit(new double[p], Double.POSITIVE_INFINITY);
        if (first != null && first.length == p && java.util.Arrays.stream(first).allMatch(Double::isFinite)) {
            best = fitFrom(e, columns, y, first.clone());
            if (!Double.isFinite(best.sse())) {
                best = new Fit(new double[p], Double.POSITIVE_INFINITY);
            }
        }
        for (int start = 0; start < restarts; start++) {
            double[] init = new double[p];
            for (int j = 0; j < p; j++) {
                // First start at 1 (many laws have unit-order constants); then log-uniform magnitudes, either sign.
                init[j] = start == 0 ? 1 : (rng.nextBoolean() ? 1 : -1) * Math.pow(10, 4 * rng.nextDouble() - 2);
            }
            Fit f = fitFrom(e, columns, y, init);
            if (f.sse() < best.sse()) {
                best = f;
            }
        }
        return best;
    }

    private Fit fitFrom(Expr e, double[][] columns, double[] y, double[] init) {
        int n = y.length;
        int p = init.length;
        MultivariateJacobianFunction model = point -> {
            double[] c = point.toArray();
            double[] value = new double[n];
            e.evaluate(columns, c, value);
            double[][] d = DescriptionLength.derivatives(e, columns, c);
            double[][] jac = new double[n][p];
            for (int r = 0; r < n; r++) {
                double w = rootWeights == null ? 1 : rootWeights[r];
                value[r] *= w;
                for (int j = 0; j < p; j++) {
                    jac[r][j] = w * d[j][r];
                }
            }
            return new Pair<RealVector, org.apache.commons.math3.linear.RealMatrix>(new ArrayRealVector(value, false),
                    new Array2DRowRealMatrix(jac, false));
        };
        double[] target = y;
        if (rootWeights != null) {
            target = new double[n];
            for (int r = 0; r < n; r++) {
                target[r] = rootWeights[r] * y[r];
            }
        }
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .model(model).target(target).start(init).maxIterations(maxIterations).maxEvaluations(maxIterations * 4)
                    .lazyEvaluation(false).build());
            double[] c = o.getPoint().toArray();
            return new Fit(c, sse(e, columns, y, c, rootWeights));
        } catch (TooManyEvaluationsException | TooManyIterationsException | ConvergenceException
                | org.apache.commons.math3.linear.SingularMatrixException e2) {
            return new Fit(init, sse(e, columns, y, init, rootWeights));
        } catch (org.apache.commons.math3.exception.MathIllegalStateException
                | org.apache.commons.math3.exception.MathIllegalArgumentException e2) {
            // NaN or infinite values along the way: this start gives nothing usable.
            return new Fit(init, Double.POSITIVE_INFINITY);
        }
    }

    /** Sum of squared residuals; infinite when any prediction is not finite. */
    public static double sse(Expr e, double[][] columns, double[] y, double[] params) {
        return sse(e, columns, y, params, null);
    }

    /** Sum of squared residuals, each times the square of rootWeights[r] (null: 1). */
    static double sse(Expr e, double[][] columns, double[] y, double[] params, double[] rootWeights) {
        double[] v = new double[y.length];
        e.evaluate(columns, params, v);
        double s = 0;
        for (int r = 0; r < y.length; r++) {
            double d = (v[r] - y[r]) * (rootWeights == null ? 1 : rootWeights[r]);
            if (!Double.isFinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            s += d * d;
        }
        return s;
    }
}
