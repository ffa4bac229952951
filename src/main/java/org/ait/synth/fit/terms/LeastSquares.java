package org.ait.synth.fit.terms;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import org.ait.synth.expr.internal.ValueSignature;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The small linear algebra of the term phase: standardized columns (centred, unit norm), least-squares
 * coefficients, residual and explained sums of squares of term sets.
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * z = (v - mean) / (sd * sqrt(n)): centred, unit norm. False when v has a non-finite value or is constant (sd
     * below 1e-9 of its scale).
     */
    static boolean standardize(double[] v, double[] z) {
        int n = v.length;
        double mean = 0;
        double scale = 0;
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
            mean += x;
            scale = Math.max(scale, Math.abs(x));
        }
        mean /= n;
        double ss = 0;
        for (int r = 0; r < n; r++) {
            z[r] = v[r] - mean;
            ss += z[r] * z[r];
        }
        return toUnitNorm(z, Math.sqrt(ss), scale);
    }

    /**
     * Divides the centred column z by its norm, the sign fixed by the first clearly nonzero entry (so that t and -t
     * share a signature); false, z unusable, when the norm is below 1e-9 of the scale (a constant) or not finite.
     */
    private static boolean toUnitNorm(double[] z, double norm, double scale) {
        int n = z.length;
        if (!(norm > 1e-9 * scale * Math.sqrt(n)) || !Double.isFinite(norm)) {
            return false;
        }
        double sign = 1;
        for (int r = 0; r < n; r++) {
            if (Math.abs(z[r]) > 1e-6 * norm) {
                sign = z[r] > 0 ? 1 : -1;
                break;
            }
        }
        for (int r = 0; r < n; r++) {
            z[r] = sign * z[r] / norm;
        }
        return true;
    }

    /**
     * Standardized columns of the first {@link SubsetSelection#SELECTION_ROWS} rows; null (never selected) for a
     * constant or non-finite one and for one equal to an earlier one up to sign, scale and offset, which the
     * regression supplies.
     */
    static double[][] standardizedAll(double[][] raw) {
        return standardizedAll(raw, null);
    }

    /**
     * As {@link #standardizedAll(double[][])} for a weighted problem, rows scaled by {@code sqrtWeights} (null: all
     * ones): each column scaled, its projection on the scaled constant removed (the weighted centring), unit norm.
     * {@link SubsetSelection} given the same weights then selects by the weighted residual sum of squares.
     */
    static double[][] standardizedAll(double[][] raw, double[] sqrtWeights) {
        int n = raw.length == 0 ? 0 : Math.min(raw[0].length, SubsetSelection.SELECTION_ROWS);
        double[][] z = new double[raw.length][n];
        LongOpenHashSet seen = new LongOpenHashSet();
        for (int j = 0; j < raw.length; j++) {
            double[] v = Arrays.copyOf(raw[j], n);
            boolean ok = sqrtWeights == null ? standardize(v, z[j]) : standardizeWeighted(v, sqrtWeights, z[j]);
            if (!ok || !seen.add(ValueSignature.of(z[j]))) {
                z[j] = null;
            }
        }
        return z;
    }

    /**
     * The weighted counterpart of {@link #standardize}: z = s*v - (u . s*v) u, unit norm, s the square roots of the
     * weights and u = s / |s|; false when v is non-finite or constant.
     */
    private static boolean standardizeWeighted(double[] v, double[] sqrtWeights, double[] z) {
        int n = v.length;
        double[] scaled = new double[n];
        double scale = 0;
        for (int r = 0; r < n; r++) {
            if (!Double.isFinite(v[r])) {
                return false;
            }
            scaled[r] = sqrtWeights[r] * v[r];
            scale = Math.max(scale, Math.abs(scaled[r]));
        }
        double[] c = centredWeighted(scaled, sqrtWeights);
        System.arraycopy(c, 0, z, 0, n);
        return toUnitNorm(z, Math.sqrt(dot(c, c)), scale);
    }

    /**
     * t minus its projection on the square roots of the weights (the first t.length of them): the residual of a
     * weighted fit of a constant, in the scaled rows.
     */
    static double[] centredWeighted(double[] t, double[] sqrtWeights) {
        int n = t.length;
        double ss = 0;
        double ts = 0;
        for (int r = 0; r < n; r++) {
            ss += sqrtWeights[r] * sqrtWeights[r];
            ts += sqrtWeights[r] * t[r];
        }
        double[] c = new double[n];
        for (int r = 0; r < n; r++) {
            c[r] = t[r] - ts / ss * sqrtWeights[r];
        }
        return c;
    }

    /** Least-squares coefficients and their standard errors. */
    record Fit(double[] coef, double[] standardErrors) {
    }

    /**
     * Least-squares coefficients of target on the columns x (and a leading constant when asked), by QR; ones when
     * the columns are dependent.
     */
    static double[] leastSquares(double[][] x, double[] target, boolean constant) {
        return solve(qr(design(x, target.length, constant)), target, x.length + (constant ? 1 : 0));
    }

    /**
     * Weighted least squares: the coefficients minimising sum_r w_r (target_r - fit_r)^2 (rows scaled by sqrt(w_r));
     * ones when the columns are dependent.
     */
    static double[] weightedLeastSquares(double[][] x, double[] target, double[] w, boolean constant) {
        int n = target.length;
        double[][] a = design(x, n, constant);
        double[] t = new double[n];
        for (int r = 0; r < n; r++) {
            double s = Math.sqrt(w[r]);
            t[r] = s * target[r];
            for (int j = 0; j < a[r].length; j++) {
                a[r][j] *= s;
            }
        }
        return solve(qr(a), t, x.length + (constant ? 1 : 0));
    }

    /** The fitted values of a least-squares fit: coef[0] (when {@code constant}) plus sum_k coef[k] x_k. */
    static double[] fitted(double[][] x, double[] coef, boolean constant, int n) {
        double[] f = new double[n];
        int c = constant ? 1 : 0;
        for (int r = 0; r < n; r++) {
            f[r] = constant ? coef[0] : 0;
            for (int k = 0; k < x.length; k++) {
                f[r] += coef[k + c] * x[k][r];
            }
        }
        return f;
    }

    /**
     * As {@link #leastSquares}, with the coefficients' standard errors from the same decomposition: s sqrt(((A^T
     * A)^-1)_jj), s^2 the residual variance on n - p degrees of freedom; zeros when the columns are dependent or
     * there are no degrees of freedom left.
     */
    static Fit withStandardErrors(double[][] x, double[] target, boolean constant) {
        int n = target.length;
        int p = x.length + (constant ? 1 : 0);
        double[][] a = design(x, n, constant);
        QRDecomposition qr = qr(a);
        double[] coef = solve(qr, target, p);
        double[] se = new double[p];
        if (n <= p) {
            return new Fit(coef, se);
        }
        double rss = 0;
        for (int r = 0; r < n; r++) {
            double f = 0;
            for (int j = 0; j < p; j++) {
                f += coef[j] * a[r][j];
            }
            rss += (target[r] - f) * (target[r] - f);
        }
        double s2 = rss / (n - p);
        try {
            // The pseudo-inverse P = (A^T A)^-1 A^T has P P^T = (A^T A)^-1.
            double[][] pinv = qr.getSolver().getInverse().getData();
            for (int j = 0; j < p; j++) {
                double d = 0;
                for (double v : pinv[j]) {
                    d += v * v;
                }
                se[j] = Double.isFinite(d * s2) ? Math.sqrt(d * s2) : 0;
            }
        } catch (SingularMatrixException e) {
            Arrays.fill(se, 0);
        }
        return new Fit(coef, se);
    }

    private static QRDecomposition qr(double[][] a) {
        return new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-12);
    }

    /** The least-squares solution from the decomposition; p ones when the columns are dependent. */
    private static double[] solve(QRDecomposition qr, double[] target, int p) {
        try {
            return qr.getSolver().solve(new ArrayRealVector(target, false)).toArray();
        } catch (SingularMatrixException e) {
            double[] ones = new double[p];
            Arrays.fill(ones, 1);
            return ones;
        }
    }

    /** The n-by-p design matrix: a column of ones first when {@code constant}, then the columns x. */
    private static double[][] design(double[][] x, int n, boolean constant) {
        double[][] a = new double[n][x.length + (constant ? 1 : 0)];
        for (int r = 0; r < n; r++) {
            int c = 0;
            if (constant) {
                a[r][c++] = 1;
            }
            for (double[] col : x) {
                a[r][c++] = col[r];
            }
        }
        return a;
    }

    /** Residual sum of squares of the centred target after its least-squares fit on the standardized terms. */
    static double rss(double[][] z, int[] set, double[] r0) {
        double[][] x = Arrays.stream(set).mapToObj(j -> z[j]).toArray(double[][]::new);
        double[] c = leastSquares(x, r0, false);
        double s = 0;
        for (int r = 0; r < r0.length; r++) {
            double d = r0[r];
            for (int k = 0; k < set.length; k++) {
                d -= c[k] * x[k][r];
            }
            s += d * d;
        }
        return s;
    }

    /** b_S' G_S^-1 b_S by Cholesky: the sum of squares the subset explains; -1 when G_S is (nearly) singular. */
    static double explained(double[][] gram, double[] b, int[] idx) {
        int k = idx.length;
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = gram[idx[i]][idx[j]];
                for (int p = 0; p < j; p++) {
                    sum -= c[i][p] * c[j][p];
                }
                if (i == j) {
                    if (sum < 1e-9) {
                        return -1;
                    }
                    c[i][i] = Math.sqrt(sum);
                } else {
                    c[i][j] = sum / c[j][j];
                }
            }
        }
        double total = 0;
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            double sum = b[idx[i]];
            for (int p = 0; p < i; p++) {
                sum -= c[i][p] * w[p];
            }
            w[i] = sum / c[i][i];
            total += w[i] * w[i];
        }
        return total;
    }

    /** The dot product of two columns. */
    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int r = 0; r < a.length; r++) {
            s += a[r] * b[r];
        }
        return s;
    }
}
