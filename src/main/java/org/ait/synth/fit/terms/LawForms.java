package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.terms.TermRegression.Candidate;

/**
 * The forms of the law the term phase tries (those listed in {@link TermRegression}): each selects term sets for a
 * transformed target (y, y^2, 1/y, log|y|, y / F) and turns them into proposals with least-squares start values.
 */
final class LawForms {

    /** One form's selection, adding its proposals. */
    interface Task {
        void run() throws InterruptedException;
    }

    private final List<Op> operators;

    LawForms(List<Op> operators) {
        this.operators = operators;
    }

    /**
     * The forms y admits, each a task adding its proposals to {@code out}, cheapest first (a form cut by time is one
     * of the costly ones): the factored forms search small prefixes; the others the whole pool.
     */
    List<Task> tasks(TermPool pool, double[][] columns, double[] y, List<Candidate> out, ForkJoinPool fj) {
        List<Task> tasks = new ArrayList<>();
        // Power factors need only y without zeros: q B cos(theta) changes sign, its factor q B does not.
        if (Arrays.stream(y).allMatch(v -> v != 0 && Double.isFinite(Math.log(Math.abs(v))))) {
            for (Expr factor : powerFactors(columns, y)) {
                tasks.add(() -> addFactored(pool, columns, y, factor, out, fj));
            }
        }
        if (RationalForms.applies(operators, y)) {
            tasks.add(() -> RationalForms.add(pool, columns, y, out, fj));
        }
        tasks.add(() -> selected.put(Form.PLAIN, addSums(pool, pool.ends(), y, out, fj, Form.PLAIN)));
        if (Arrays.stream(y).allMatch(v -> v != 0 && Double.isFinite(Math.log(Math.abs(v))))) {
            tasks.add(() -> addProducts(pool, columns, y, out, fj));
        }
        for (Form form : List.of(Form.SQRT, Form.RECIPROCAL)) {
            if (applies(form, y)) {
                tasks.add(() -> selected.put(form, addSums(pool, pool.ends(), y, out, fj, form)));
            }
        }
        // Sums holding a product of two terms, after the selections they start from.
        for (Form form : List.of(Form.PLAIN, Form.SQRT)) {
            if (applies(form, y)) {
                tasks.add(() -> addInteractions(pool, y, selected.getOrDefault(form, List.of()), out, fj, form));
            }
        }
        return tasks;
    }

    /** The sets each sum form selected on y (pool indices), for the interaction forms that start from them. */
    private final java.util.Map<Form, List<int[]>> selected = new java.util.EnumMap<>(Form.class);

    /** The sum forms: y, y^2 or 1/y is the sum. */
    private enum Form {
        PLAIN, SQRT, RECIPROCAL
    }

    /**
     * Whether a sum form can hold y: a square root needs sqrt and y > 0 (up to noise, {@link #signUpToNoise}), a
     * reciprocal y without zeros and /.
     */
    private boolean applies(Form form, double[] y) {
        return switch (form) {
            case PLAIN -> true;
            case SQRT -> operators.contains(Op.SQRT) && signUpToNoise(y) > 0;
            case RECIPROCAL -> operators.contains(Op.DIV)
                    && Arrays.stream(y).allMatch(v -> v != 0 && Double.isFinite(1 / v));
        };
    }

    /**
     * Sum forms: selection on the transformed target from the nested prefixes ending at {@code ends}, then
     * structures with and without the constant c0.
     */
    private List<int[]> addSums(TermPool pool, int[] ends, double[] y, List<Candidate> out, ForkJoinPool fj,
            Form form) throws InterruptedException {
        double[] target = transformed(y, form);
        double[][] z = pool.standardized();
        int[] sizes = pool.terms().stream().mapToInt(Expr::size).toArray();
        List<int[]> sets = new ArrayList<>(SubsetSelection.selectNested(z, sizes, ends, target, fj));
        sets.addAll(selectAmong(pool.withScanned(), z, sizes, target, fj));
        for (int[] set : sets) {
            List<Expr> terms = Arrays.stream(set).mapToObj(pool.terms()::get).toList();
            double[][] x = Arrays.stream(set).mapToObj(j -> pool.raw()[j]).toArray(double[][]::new);
            addSum(terms, x, target, form, out);
        }
        return sets;
    }

    /** The target a sum form fits: y, y^2 or 1/y. */
    private static double[] transformed(double[] y, Form form) {
        return Arrays.stream(y).map(v -> switch (form) {
            case PLAIN -> v;
            case SQRT -> v * v;
            case RECIPROCAL -> 1 / v;
        }).toArray();
    }

    /**
     * Sums holding one product of two terms ({@link Interactions}): the products screened against the residuals of
     * the form's best small sums, each with the rest of the sum selected beside it.
     */
    private void addInteractions(TermPool pool, double[] y, List<int[]> sets, List<Candidate> out, ForkJoinPool fj,
            Form form) throws InterruptedException {
        if (pool.ends().length == 0) {
            return;
        }
        double[] target = transformed(y, form);
        List<Interactions.Product> products = Interactions.screen(pool, sets, target, fj);
        for (Interactions.Sum sum : Interactions.beside(pool, products, sets, target, fj)) {
            List<Expr> terms = new ArrayList<>();
            List<double[]> x = new ArrayList<>();
            for (int j : sum.terms()) {
                terms.add(pool.terms().get(j));
                x.add(pool.raw()[j]);
            }
            terms.add(sum.product().term());
            x.add(sum.product().values());
            addSum(terms, x.toArray(new double[0][]), target, form, out);
        }
    }

    /**
     * The proposals of one selected term set for a sum form: with and without the constant c0, each also with equal
     * coefficients tied ({@link EqualCoefficients}) when some are.
     */
    private void addSum(List<Expr> terms, double[][] x, double[] target, Form form, List<Candidate> out) {
        for (boolean constant : new boolean[] {true, false}) {
            LeastSquares.Fit fit = LeastSquares.withStandardErrors(x, target, constant);
            Candidate free = EqualCoefficients.free(terms, fit.coef(), constant);
            out.add(new Candidate(inForm(free.structure(), form), free.start()));
            Candidate tied = EqualCoefficients.tied(terms, fit.coef(), fit.standardErrors(), constant,
                    operators.contains(Op.SUB));
            if (tied != null) {
                out.add(new Candidate(inForm(tied.structure(), form), tied.start()));
            }
        }
    }

    /** The structure of a sum form: the sum, its square root or its reciprocal. */
    private static Expr inForm(Expr sum, Form form) {
        return switch (form) {
            case PLAIN -> sum;
            case SQRT -> new Expr.Unary(Op.SQRT, sum);
            case RECIPROCAL -> new Expr.Binary(Op.DIV, Expr.Num.of(1), sum);
        };
    }

    /** Selections among the terms {@code among} only (indices into the pool), as pool indices. */
    private static List<int[]> selectAmong(int[] among, double[][] z, int[] sizes, double[] target, ForkJoinPool fj)
            throws InterruptedException {
        List<int[]> out = new ArrayList<>();
        if (among.length == 0) {
            return out;
        }
        double[][] sub = Arrays.stream(among).mapToObj(j -> z[j]).toArray(double[][]::new);
        int[] subSizes = Arrays.stream(among).map(j -> sizes[j]).toArray();
        double[] t = Arrays.copyOf(target, Math.min(target.length, SubsetSelection.SELECTION_ROWS));
        for (int[] set : SubsetSelection.select(sub, subSizes, t, fj)) {
            out.add(Arrays.stream(set).map(k -> among[k]).toArray());
        }
        return out;
    }

    /**
     * Product forms: selection on log|y| over log|t| of the one-signed terms (exponents rounded to halves), nested
     * prefixes of the pool; then, when exp is an operator, over both log|t| and t of the first two prefixes
     * (variables, monomials, ratios, functions of groups): y = c t1^a1 ... exp(b1 s1 + ...), Gaussians and
     * Boltzmann factors. When y changes sign (beyond noise), the terms without zeros are used, at integer exponents,
     * and a proposal is kept only if its factors' signs give y's at every row up to noise (p cos(theta) / r^2,
     * cos(t) sin(t) / r^3). Exponents from {@link #logFits}; when y spans decades, each selection is also made with
     * the weights additive noise asks for.
     */
    private void addProducts(TermPool pool, double[][] columns, double[] y, List<Candidate> out, ForkJoinPool fj)
            throws InterruptedException {
        int n = y.length;
        double[] target = logAbs(y);
        boolean signed = signUpToNoise(y) == 0;
        List<Integer> usable = new ArrayList<>();
        List<double[]> logs = new ArrayList<>();
        logsOf(pool.raw(), signed, usable, logs);
        // Each selection unweighted, and weighted as additive noise asks (logFits) when that differs much: the
        // weights from a power law of the variables. Where y spans decades, its small values are mostly noise and an
        // unweighted selection chooses terms to fit that noise.
        List<double[]> weightings = new ArrayList<>();
        weightings.add(null);
        double[] pilot = pilotSqrtWeights(columns, y);
        if (pilot != null && effectiveRows(pilot) < WEIGHTED_SELECTION_SHARE * n) {
            weightings.add(pilot);
        }
        if (!usable.isEmpty()) {
            double[][] lraw = logs.toArray(new double[0][]);
            int[] ends = Arrays.stream(pool.ends()).map(e -> (int) usable.stream().filter(j -> j < e).count())
                    .distinct().filter(e -> e > 0).toArray();
            int[] sizes = usable.stream().mapToInt(j -> pool.terms().get(j).size()).toArray();
            for (double[] sqrtW : weightings) {
                double[][] z = LeastSquares.standardizedAll(lraw, sqrtW);
                for (int[] set : SubsetSelection.selectNested(z, sizes, ends, target, sqrtW, fj)) {
                    double[][] x = Arrays.stream(set).mapToObj(j -> lraw[j]).toArray(double[][]::new);
                    int[] terms = Arrays.stream(set).map(usable::get).toArray();
                    for (double[] coef : logFits(x, target)) {
                        addProduct(pool, terms, new boolean[set.length], coef, y, out);
                    }
                }
            }
        }
        if (!operators.contains(Op.EXP) || pool.ends().length == 0) {
            return;
        }
        // Mixed: log features of the usable terms and raw features of all terms, of the first two prefixes (the
        // variables, monomials, ratios, and the functions of variable groups).
        int first = pool.ends()[Math.min(1, pool.ends().length - 1)];
        List<Integer> terms = new ArrayList<>();
        List<Boolean> raw = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int k = 0; k < usable.size() && usable.get(k) < first; k++) {
            terms.add(usable.get(k));
            raw.add(false);
            values.add(logs.get(k));
        }
        for (int j = 0; j < first; j++) {
            terms.add(j);
            raw.add(true);
            values.add(pool.raw()[j]);
        }
        double[][] v = values.toArray(new double[0][]);
        int[] sizes = terms.stream().mapToInt(j -> pool.terms().get(j).size()).toArray();
        double[] selectionTarget = Arrays.copyOf(target, Math.min(n, SubsetSelection.SELECTION_ROWS));
        for (double[] sqrtW : weightings) {
            double[][] z = LeastSquares.standardizedAll(v, sqrtW);
            for (int[] set : SubsetSelection.select(z, sizes, selectionTarget, sqrtW, fj)) {
                double[][] x = Arrays.stream(set).mapToObj(j -> v[j]).toArray(double[][]::new);
                boolean[] inExp = new boolean[set.length];
                for (int k = 0; k < set.length; k++) {
                    inExp[k] = raw.get(set[k]);
                }
                if (!java.util.stream.IntStream.range(0, set.length).anyMatch(k -> inExp[k])) {
                    continue; // a plain product, proposed above
                }
                for (double[] coef : logFits(x, target)) {
                    addProduct(pool, Arrays.stream(set).map(terms::get).toArray(), inExp, coef, y, out);
                }
            }
        }
    }

    /**
     * Square roots of the weights of a log fit of y (see {@link #logFits}): yhat^2 relative to the largest, at least
     * {@link #LEAST_LOG_WEIGHT}, yhat the reweighted power law of the one-signed variables; null when there is none.
     */
    private static double[] pilotSqrtWeights(double[][] columns, double[] y) {
        List<Integer> vars = new ArrayList<>();
        List<double[]> logs = new ArrayList<>();
        logsOf(columns, false, vars, logs);
        if (vars.isEmpty() || y.length <= vars.size() + 2) {
            return null;
        }
        double[][] x = logs.toArray(new double[0][]);
        List<double[]> fits = logFits(x, logAbs(y));
        double[] f = LeastSquares.fitted(x, fits.get(fits.size() - 1), true, y.length);
        if (!Arrays.stream(f).allMatch(Double::isFinite)) {
            return null;
        }
        return sqrtWeightsOf(f);
    }

    /**
     * The weighted product selection runs when the weights leave fewer effective rows than this share of the rows: with
     * more, it chooses about what the unweighted one does.
     */
    static final double WEIGHTED_SELECTION_SHARE = 0.5;

    /** Kish's effective number of rows of weights w: (sum w)^2 / sum w^2, given their square roots. */
    private static double effectiveRows(double[] sqrtWeights) {
        double sum = 0;
        double squares = 0;
        for (double s : sqrtWeights) {
            sum += s * s;
            squares += s * s * s * s;
        }
        return sum * sum / squares;
    }

    /** Square roots of the weights exp(2 (f - max f)), at least {@link #LEAST_LOG_WEIGHT}: f a fitted log|y|. */
    private static double[] sqrtWeightsOf(double[] f) {
        double top = Arrays.stream(f).max().orElse(0);
        return Arrays.stream(f).map(v -> Math.sqrt(Math.max(LEAST_LOG_WEIGHT, Math.exp(2 * (v - top))))).toArray();
    }

    /**
     * One product proposal: c times each term to its coefficient rounded to a half (those not {@code inExp}), times
     * exp of the sum of parameters times the others. Nothing when an exponent is not near a half, is beyond 4, needs
     * an operator not in the set, is a half of a term with negative values, or when the factors' signs do not give
     * y's at every row up to noise ({@link #signUpToNoise}; the sign of c is y's over theirs).
     */
    private void addProduct(TermPool pool, int[] terms, boolean[] inExp, double[] coef, double[] y,
            List<Candidate> out) {
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        Expr exponent = null;
        // Per row, y over the factors' signs: its sign is c's, one for all rows up to noise (weighed by |y|: noise
        // flips only small values).
        double[] rowSign = new double[y.length];
        for (int r = 0; r < y.length; r++) {
            double s = y[r];
            for (int k = 0; k < terms.length; k++) {
                double a = Math.round(2 * coef[k + 1]) / 2.0;
                if (!inExp[k] && a % 2 != 0 && pool.raw()[terms[k]][r] < 0) {
                    s = -s; // an odd integer power keeps the term's sign (a half power of it is refused below)
                }
            }
            rowSign[r] = s;
        }
        int sign = signUpToNoise(rowSign);
        if (sign == 0) {
            return;
        }
        List<Double> start = new ArrayList<>(List.of(sign * Math.exp(coef[0])));
        for (int k = 0; k < terms.length; k++) {
            Expr t = pool.terms().get(terms[k]);
            if (inExp[k]) {
                Expr term = new Expr.Binary(Op.MUL, new Expr.Param(start.size()), t);
                start.add(coef[k + 1]);
                exponent = exponent == null ? term : new Expr.Binary(Op.ADD, exponent, term);
                continue;
            }
            double a = Math.round(2 * coef[k + 1]) / 2.0;
            if (Math.abs(a - coef[k + 1]) > 0.1 || Math.abs(a) > 4) {
                return;
            }
            boolean half = Math.abs(a) % 1 != 0;
            if (half && (!operators.contains(Op.SQRT) || Arrays.stream(pool.raw()[terms[k]]).anyMatch(v -> v < 0))) {
                return;
            }
            Products.addPower(t, a, numerator, denominator);
        }
        if (!denominator.isEmpty() && !operators.contains(Op.DIV)) {
            return;
        }
        Expr e = new Expr.Param(0);
        if (!numerator.isEmpty()) {
            e = new Expr.Binary(Op.MUL, e, Products.product(numerator));
        }
        if (exponent != null) {
            e = new Expr.Binary(Op.MUL, e, new Expr.Unary(Op.EXP, exponent));
        }
        if (!denominator.isEmpty()) {
            e = new Expr.Binary(Op.DIV, e, Products.product(denominator));
        }
        out.add(new Candidate(e, start.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** Adds the index and log|t| of each column t without zeros, that has one sign unless {@code signed}. */
    private static void logsOf(double[][] columns, boolean signed, List<Integer> indices, List<double[]> logs) {
        for (int j = 0; j < columns.length; j++) {
            double[] l = signed ? logOfNonZero(columns[j]) : logOfOneSigned(columns[j]);
            if (l != null) {
                indices.add(j);
                logs.add(l);
            }
        }
    }

    /** log|t| when t has no zero (and the logs are finite); null otherwise. */
    private static double[] logOfNonZero(double[] t) {
        double[] l = logAbs(t);
        return Arrays.stream(l).allMatch(Double::isFinite) ? l : null;
    }

    /** log|t| when t has one sign and no zero; null otherwise. */
    static double[] logOfOneSigned(double[] t) {
        boolean positive = t[0] > 0;
        for (double v : t) {
            if (v == 0 || (v > 0) != positive) {
                return null;
            }
        }
        return logAbs(t);
    }

    /**
     * Share of rows that may lack the sign of the rest and y still count as one-signed: noise carries a positive law
     * below zero where its values come near zero (a distance, a difference), and a form that needs y's sign
     * (a square root, a product) must not be lost for a few such rows.
     */
    static final double SIGN_NOISE_SHARE = 0.05;

    /**
     * Share of the sum of squares that the values lacking the sign of the rest may hold and y still count as
     * one-signed, however many rows they are: additive noise of one deviation for all rows (as SRBench adds it) takes
     * many of a law's small values below zero when the law spans decades (19 of 200 rows for a product of powers at
     * 1 %), but only by about the deviation, a share of at most half of eps^2 (0.5 % at eps = 0.1). A law that truly
     * changes sign holds far more on its other side.
     */
    static final double SIGN_NOISE_SQUARES = 0.01;

    /**
     * The sign of v's values when at most {@link #SIGN_NOISE_SHARE} of them (zeros included) lack it, or when those
     * that lack it hold at most {@link #SIGN_NOISE_SQUARES} of the sum of squares; else 0.
     */
    static int signUpToNoise(double[] v) {
        int rows = signOfRows(v);
        if (rows != 0) {
            return rows;
        }
        double positive = 0;
        double negative = 0;
        for (double x : v) {
            if (x > 0) {
                positive += x * x;
            } else {
                negative += x * x;
            }
        }
        double total = positive + negative;
        return !(total > 0) ? 0 : negative <= SIGN_NOISE_SQUARES * total ? 1
                : positive <= SIGN_NOISE_SQUARES * total ? -1 : 0;
    }

    /** The sign of v's values when at most {@link #SIGN_NOISE_SHARE} of them (zeros included) lack it; else 0. */
    private static int signOfRows(double[] v) {
        long positive = Arrays.stream(v).filter(x -> x > 0).count();
        long negative = Arrays.stream(v).filter(x -> x < 0).count();
        long allowed = (long) Math.floor(SIGN_NOISE_SHARE * v.length);
        return v.length - positive <= allowed ? 1 : v.length - negative <= allowed ? -1 : 0;
    }

    /** Reweighting steps of {@link #logFits}. */
    static final int LOG_FIT_STEPS = 2;

    /** Least weight of a row in {@link #logFits}, relative to the largest. */
    private static final double LEAST_LOG_WEIGHT = 1e-8;

    /**
     * Coefficients of log|y| on log (and raw) columns with a constant: the plain least-squares ones, and those
     * additive noise asks for when they differ. An error sigma in y is one of sigma/|y| in log|y|, so a row weighs
     * yhat^2, yhat from the previous fit (the first the plain one), reweighted {@link #LOG_FIT_STEPS} times.
     * Unweighted, the rows where noise took y near zero or below it (log|y| far below the law's) pull the exponents
     * off: u^2 v^2 / w^3 on [1, 5]^3 (five decades) under 1 % noise gives 1.81, 1.85, -2.91, reweighted 2.00, 2.01,
     * -3.00; under 10 % 1.04, 0.99, -1.95 against 2.03, 2.08, -3.07. Exact data give one fit either way.
     */
    static List<double[]> logFits(double[][] x, double[] logY) {
        int n = logY.length;
        double[] plain = LeastSquares.leastSquares(x, logY, true);
        double[] coef = plain;
        for (int step = 0; step < LOG_FIT_STEPS; step++) {
            double[] f = LeastSquares.fitted(x, coef, true, n);
            if (!Arrays.stream(f).allMatch(Double::isFinite)) {
                break;
            }
            double[] w = Arrays.stream(sqrtWeightsOf(f)).map(s -> s * s).toArray();
            coef = LeastSquares.weightedLeastSquares(x, logY, w, true);
        }
        return Arrays.equals(coef, plain) || !Arrays.stream(coef).allMatch(Double::isFinite) ? List.of(plain)
                : List.of(plain, coef);
    }

    /** log|t|, element by element. */
    private static double[] logAbs(double[] t) {
        return Arrays.stream(t).map(v -> Math.log(Math.abs(v))).toArray();
    }

    /**
     * Power-law factors of y: log|y| regressed on the logs of the one-signed variables, each coefficient rounded
     * where it is close, the others left out. A law like G m1 m2 / (sum of squared differences) or U (1 - cos(k d))
     * is such a factor times a sum the sum forms find.
     */
    List<Expr> powerFactors(double[][] columns, double[] y) {
        int n = y.length;
        List<Integer> vars = new ArrayList<>();
        List<double[]> logs = new ArrayList<>();
        logsOf(columns, false, vars, logs);
        List<Expr> out = new ArrayList<>();
        if (vars.size() < 2 || n <= vars.size() + 2) {
            return out;
        }
        // Four roundings: to halves or integers, within 0.1 or 0.03 (a variable the law does not hold as a power
        // can still get a coefficient near a half or -1 from its correlation with the rest).
        double[][] roundings = {{2, 0.1}, {1, 0.1}, {2, 0.03}, {1, 0.03}};
        for (double[] coef : logFits(logs.toArray(new double[0][]), logAbs(y))) {
            addPowerFactors(columns, vars, coef, roundings, out);
        }
        return out;
    }

    /** The power-law factors of one fit's coefficients, one per rounding, each once in {@code out}. */
    private void addPowerFactors(double[][] columns, List<Integer> vars, double[] coef, double[][] roundings,
            List<Expr> out) {
        for (double[] rounding : roundings) {
            List<Expr> numerator = new ArrayList<>();
            List<Expr> denominator = new ArrayList<>();
            for (int k = 0; k < vars.size(); k++) {
                double a = coef[k + 1];
                double rounded = Math.round(rounding[0] * a) / rounding[0];
                if (rounded == 0 || Math.abs(a - rounded) > rounding[1] || Math.abs(rounded) > 4) {
                    continue;
                }
                boolean half = Math.abs(rounded) % 1 != 0;
                Expr v = new Expr.Var(vars.get(k));
                if (half && (!operators.contains(Op.SQRT) || columns[vars.get(k)][0] < 0)) {
                    continue;
                }
                Products.addPower(v, rounded, numerator, denominator);
            }
            if (numerator.isEmpty() && denominator.isEmpty() || !denominator.isEmpty() && !operators.contains(Op.DIV)) {
                continue;
            }
            Expr f = Products.quotient(numerator, denominator);
            if (!out.contains(f)) {
                out.add(f);
            }
        }
    }

    /** The sum forms fitted to y / factor, each proposal multiplied back by the factor. */
    private void addFactored(TermPool pool, double[][] columns, double[] y, Expr factor, List<Candidate> out,
            ForkJoinPool fj) throws InterruptedException {
        int n = y.length;
        double[] f = new double[n];
        factor.evaluate(columns, null, f);
        double[] q = new double[n];
        for (int r = 0; r < n; r++) {
            q[r] = y[r] / f[r];
            if (!Double.isFinite(q[r])) {
                return;
            }
        }
        // What remains after a power factor is a simple sum: the first three pool prefixes (variables, monomials,
        // ratios; functions of groups; enumerated terms of size 2) are searched, not the large ones.
        int[] ends = Arrays.copyOf(pool.ends(), Math.min(3, pool.ends().length));
        List<Candidate> sums = new ArrayList<>();
        for (Form form : Form.values()) {
            if (applies(form, q)) {
                addSums(pool, ends, q, sums, fj, form);
            }
        }
        for (Candidate c : sums) {
            Expr e = c.structure() instanceof Expr.Binary b && b.op() == Op.DIV && b.left().equals(Expr.Num.of(1))
                    ? new Expr.Binary(Op.DIV, factor, b.right()) // F / S, not F * (1 / S)
                    : new Expr.Binary(Op.MUL, factor, c.structure());
            out.add(new Candidate(e, c.start()));
        }
    }
}
