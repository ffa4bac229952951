package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.terms.TermRegression.Candidate;

/**
 * Rational laws y = (a0 + a1 t1 + ...) / (L + b1 s1 + ...), the t and s terms of the pool's first prefix (variables,
 * monomials, ratios) and the leading denominator term L fixed to 1, a variable or a product of two (it sets the scale:
 * (u + v)/(1 + u v/c^2) is found as (c^2 u + c^2 v)/(c^2 + u v), (m1 r1 + m2 r2)/(m1 + m2) with L = m1). Linearised,
 * y L = a0 + sum a t - sum b (y s) is linear in the coefficients, so the term sets are chosen by the same subset
 * selection as the sums; each set's coefficients are then refitted by Sanathanan-Koerner iterations (weighted least
 * squares with weights 1/D^2 from the previous denominator D, which removes the linearisation's bias towards large
 * denominators) and handed on as start values: the caller's Levenberg-Marquardt fit and description length decide.
 */
final class RationalForms {

    /** Sanathanan-Koerner reweightings per term set. */
    static final int SK_ITERATIONS = 6;

    /** Leading terms besides 1 and the variables: products of two variables, up to this many variables. */
    static final int PRODUCT_LEADS_UP_TO = 4;

    private RationalForms() {
    }

    /** Whether rational forms can be written with the operators: a quotient of sums of products. */
    static boolean applies(List<Op> operators, double[] y) {
        return operators.contains(Op.DIV) && operators.contains(Op.ADD) && operators.contains(Op.MUL)
                && Arrays.stream(y).allMatch(Double::isFinite);
    }

    /** Adds the rational proposals for y, for every leading term in a fixed order. */
    static void add(TermPool pool, double[][] columns, double[] y, List<Candidate> out, ForkJoinPool fj)
            throws InterruptedException {
        if (pool.ends().length == 0) {
            return;
        }
        int prefix = pool.ends()[0];
        for (Expr lead : leads(columns.length)) {
            addForLead(pool, prefix, columns, y, lead, out, fj);
        }
    }

    /** 1, each variable, and (for few variables) each product of two. */
    static List<Expr> leads(int variables) {
        List<Expr> leads = new ArrayList<>();
        leads.add(Expr.Num.of(1));
        for (int i = 0; i < variables; i++) {
            leads.add(new Expr.Var(i));
        }
        if (variables <= PRODUCT_LEADS_UP_TO) {
            for (int i = 0; i < variables; i++) {
                for (int j = i; j < variables; j++) {
                    leads.add(new Expr.Binary(Op.MUL, new Expr.Var(i), new Expr.Var(j)));
                }
            }
        }
        return leads;
    }

    private static void addForLead(TermPool pool, int prefix, double[][] columns, double[] y, Expr lead,
            List<Candidate> out, ForkJoinPool fj) throws InterruptedException {
        int n = y.length;
        double[] l = new double[n];
        lead.evaluate(columns, null, l);
        double[] target = new double[n];
        for (int r = 0; r < n; r++) {
            target[r] = y[r] * l[r];
            if (!Double.isFinite(target[r])) {
                return;
            }
        }
        // Features: the terms t (numerator), then y s for the products of powers s other than the lead. Products of
        // powers are independent functions, so no combination of them is the lead: with offsets (1 - x) or squared
        // differences among them, L + sum b s could vanish identically and fit the linearised target exactly.
        double[][] raw = pool.raw();
        List<double[]> features = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Integer> denominatorTerm = new ArrayList<>();
        for (int j = 0; j < prefix; j++) {
            features.add(raw[j]);
            sizes.add(pool.terms().get(j).size());
            denominatorTerm.add(-1);
        }
        for (int j = 0; j < prefix; j++) {
            if (!isPowerProduct(pool.terms().get(j)) || proportional(raw[j], l)) {
                continue;
            }
            double[] ys = new double[n];
            for (int r = 0; r < n; r++) {
                ys[r] = y[r] * raw[j][r];
            }
            features.add(ys);
            sizes.add(pool.terms().get(j).size() + 1);
            denominatorTerm.add(j);
        }
        double[][] x = features.toArray(new double[0][]);
        double[][] z = LeastSquares.standardizedAll(x);
        int[] size = sizes.stream().mapToInt(Integer::intValue).toArray();
        double[] selectionTarget = Arrays.copyOf(target, Math.min(n, SubsetSelection.SELECTION_ROWS));
        for (int[] set : SubsetSelection.select(z, size, selectionTarget, fj)) {
            List<Integer> num = new ArrayList<>();
            List<Integer> den = new ArrayList<>();
            for (int f : set) {
                if (denominatorTerm.get(f) < 0) {
                    num.add(f);
                } else {
                    den.add(denominatorTerm.get(f));
                }
            }
            if (den.isEmpty() || num.isEmpty()) {
                continue; // a sum (proposed by the sum forms), or y = c / D (the reciprocal form's)
            }
            for (boolean constant : new boolean[] {true, false}) {
                double[] coef = sanathananKoerner(raw, num, den, l, y, constant);
                if (coef != null) {
                    out.add(new Candidate(structure(pool, num, den, lead, constant), coef));
                }
            }
        }
    }

    /**
     * Coefficients (a0 when {@code constant}, a for the numerator terms, b for the denominator's) of y = N / (L +
     * sum b s) by weighted linearised least squares, reweighted by 1/D^2 from the previous iteration's denominator;
     * null when a denominator comes near zero on the data (a pole inside the data is no law).
     */
    static double[] sanathananKoerner(double[][] raw, List<Integer> num, List<Integer> den, double[] l, double[] y,
            boolean constant) {
        int n = y.length;
        int p = (constant ? 1 : 0) + num.size() + den.size();
        double[] w = new double[n];
        Arrays.fill(w, 1);
        double[] coef = null;
        for (int it = 0; it < SK_ITERATIONS; it++) {
            double[][] x = new double[p][n];
            double[] t = new double[n];
            for (int r = 0; r < n; r++) {
                double s = Math.sqrt(w[r]);
                int c = 0;
                if (constant) {
                    x[c++][r] = s;
                }
                for (int j : num) {
                    x[c++][r] = s * raw[j][r];
                }
                for (int j : den) {
                    x[c++][r] = -s * y[r] * raw[j][r];
                }
                t[r] = s * y[r] * l[r];
            }
            coef = LeastSquares.leastSquares(x, t, false);
            double scale = 0;
            double least = Double.POSITIVE_INFINITY;
            for (int r = 0; r < n; r++) {
                double d = denominator(coef, raw, den, l, r, p);
                scale = Math.max(scale, Math.abs(d));
                least = Math.min(least, Math.abs(d));
                w[r] = 1 / (d * d);
            }
            if (!(least > 1e-6 * scale) || !Double.isFinite(scale)) {
                return null;
            }
        }
        return coef;
    }

    private static double denominator(double[] coef, double[][] raw, List<Integer> den, double[] l, int r, int p) {
        double d = l[r];
        int c = p - den.size();
        for (int j : den) {
            d += coef[c++] * raw[j][r];
        }
        return d;
    }

    /** (p0 + p1 t1 + ...) / (L + pk s1 + ...), parameters numbered in that order. */
    private static Expr structure(TermPool pool, List<Integer> num, List<Integer> den, Expr lead, boolean constant) {
        int slot = 0;
        Expr numerator = constant ? new Expr.Param(slot++) : null;
        for (int j : num) {
            Expr term = new Expr.Binary(Op.MUL, new Expr.Param(slot++), pool.terms().get(j));
            numerator = numerator == null ? term : new Expr.Binary(Op.ADD, numerator, term);
        }
        Expr denominator = lead;
        for (int j : den) {
            denominator = new Expr.Binary(Op.ADD, denominator,
                    new Expr.Binary(Op.MUL, new Expr.Param(slot++), pool.terms().get(j)));
        }
        return new Expr.Binary(Op.DIV, numerator, denominator);
    }

    /** Whether e is a product of powers of variables: x, x*y, x/(y*y), 1/x. */
    static boolean isPowerProduct(Expr e) {
        if (e instanceof Expr.Var) {
            return true;
        }
        if (e instanceof Expr.Binary b && (b.op() == Op.MUL || b.op() == Op.DIV)) {
            boolean left = b.op() == Op.DIV && b.left().equals(Expr.Num.of(1)) || isPowerProduct(b.left());
            return left && isPowerProduct(b.right());
        }
        return false;
    }

    /** Whether a = c b for a constant c (to rounding) on every row. */
    private static boolean proportional(double[] a, double[] b) {
        double ab = 0;
        double bb = 0;
        double aa = 0;
        for (int r = 0; r < a.length; r++) {
            ab += a[r] * b[r];
            bb += b[r] * b[r];
            aa += a[r] * a[r];
        }
        return bb > 0 && aa > 0 && aa * bb - ab * ab <= 1e-12 * aa * bb;
    }
}
