package org.ait.synth.fit.terms;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.expr.StructureEnumerator;
import org.ait.synth.expr.internal.ValueSignature;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Sparse regression over enumerated terms: proposes structures far larger than the exhaustive phase can reach,
 * built from the small ones it can. Parameter-free terms (every distinct expression over the variables and the
 * number 1, smallest first, up to a count; the monomials of the variables; ratios such as v/c and their offsets
 * 1 - v*v/(c*c); squared differences) become the columns of a linear regression, and term sets are chosen by a
 * beam forward selection (each step adds the terms that most reduce the residual sum of squares, all coefficients
 * refitted) and by an exhaustive best-subset search among the best single terms, in nested pools (small terms
 * alone, then more), for these forms of the law:
 * <ul>
 * <li>y = c0 + c1 t1 + ... + cK tK (sums: polynomials, superpositions);</li>
 * <li>y = sqrt(c0 + c1 t1 + ...) when y > 0 (distances, norms);</li>
 * <li>y = 1 / (c0 + c1 t1 + ...) when y has no zero (lens and resistor laws);</li>
 * <li>y = c t1^a1 ... tK^aK when y has one sign: log-linear in log|t|, exponents rounded to halves (products of
 * powers, which most physical laws are), also times exp(b1 s1 + ...) (Gaussians, Boltzmann factors);</li>
 * <li>y = F * (any of the sum forms), F a product of powers of variables read off the log-linear fit of y on the
 * variables (G m1 m2 / distance^2, U (1 - cos(k d))).</li>
 * </ul>
 * Every selected set becomes a structure with parameters (with least-squares start values) that the caller fits
 * and scores by description length like any other candidate: this phase only proposes. Everything here is
 * deterministic (terms are listed to a count, not a time, and parallel loops write per-term slots) unless a
 * deadline stops it before its last form.
 */
public final class TermRegression {

    /** Most terms in one selected model. */
    static final int MAX_TERMS = 6;

    /** Term sets kept at each step of the forward selection. */
    static final int BEAM = 6;

    /**
     * Most terms of each size that start a beam besides the best {@link #BEAM} overall (fewer when the pool is
     * large, see {@link #FIRST_STEP_WORK}).
     */
    static final int FIRST_PER_SIZE = 16;

    /** Multiply-adds allowed for the second step from the first step's extra beams, per pool prefix and form. */
    static final double FIRST_STEP_WORK = 4e8;

    /**
     * Rows the selection looks at (the first ones; rows come in random order): enough to tell terms apart, and the
     * selection's cost is proportional to them. The proposals are then fitted to all rows.
     */
    static final int SELECTION_ROWS = 100;

    /** Rows the term phase works on (the first ones): its proposals are fitted to all rows afterwards. */
    static final int POOL_ROWS = 200;

    /** Most term values held (terms x rows), so memory stays near 100 MB whatever the data. */
    static final long MAX_VALUES = 12_000_000;

    /** Most terms listed. */
    static final int MAX_POOL = 60_000;

    /** A proposed structure and least-squares values to start its fit from. */
    public record Candidate(Expr structure, double[] start) {
    }

    /** The proposals, what the term pool held, and whether every form was tried (false: cut by time). */
    public record Proposals(List<Candidate> candidates, int terms, int completeSize, boolean complete) {
    }

    private final List<Op> operators;
    private final int threads;

    public TermRegression(List<Op> operators, int threads) {
        this.operators = List.copyOf(operators);
        this.threads = threads;
    }

    /**
     * The term pool: parameter-free, each a distinct function, non-constant and finite: the variables, monomials
     * and ratios; then the functions of variable groups and products with functions of one variable; then the
     * enumerated terms by size. {@code ends[k]}: terms in the k-th nested prefix, smallest first.
     */
    private record Pool(List<Expr> terms, double[][] raw, int completeSize, int[] ends, double[][][] cache) {

        Pool(List<Expr> terms, double[][] raw, int completeSize, int[] ends) {
            this(terms, raw, completeSize, ends, new double[1][][]);
        }

        /** The standardized terms of the sum forms (computed once: they do not depend on the target). */
        synchronized double[][] standardized() {
            if (cache[0] == null) {
                cache[0] = standardizedAll(raw);
            }
            return cache[0];
        }
    }

    /**
     * @param columns {@code columns[i][r]}: variable i at observation r
     * @param y       the target
     */
    Proposals propose(double[][] columns, double[] y) throws InterruptedException {
        return propose(columns, y, Long.MAX_VALUE);
    }

    /**
     * As {@link #propose(double[][], double[])}, but no form is started after {@code System.nanoTime()} passes
     * {@code deadlineNanos} (the forms are tried in a fixed order; one cut by time makes the proposals depend on
     * the machine's speed, as a time-limited exhaustive phase does).
     */
    public Proposals propose(double[][] columns, double[] y, long deadlineNanos) throws InterruptedException {
        if (!operators.contains(Op.MUL) || !operators.contains(Op.ADD)) {
            return new Proposals(List.of(), 0, 0, true);
        }
        if (y.length > POOL_ROWS) {
            // The first rows stand for all (rows come in random order): memory and time stay bounded for any
            // data size, and the caller fits the proposals to every row.
            double[][] head = Arrays.stream(columns).map(c -> Arrays.copyOf(c, POOL_ROWS)).toArray(double[][]::new);
            return propose(head, Arrays.copyOf(y, POOL_ROWS), deadlineNanos);
        }
        int n = y.length;
        Pool pool = pool(columns, n);
        List<Candidate> out = new ArrayList<>();
        ForkJoinPool fj = new ForkJoinPool(Math.max(1, threads));
        boolean complete = true;
        try {
            // Cheapest first (a form cut by time is one of the costly ones): the factored forms search small
            // prefixes; the others the whole pool.
            List<FormTask> tasks = new ArrayList<>();
            // Power factors need only y without zeros: q B cos(theta) changes sign, its factor q B does not.
            if (Arrays.stream(y).allMatch(v -> v != 0 && Double.isFinite(Math.log(Math.abs(v))))) {
                for (Expr factor : powerFactors(columns, y)) {
                    tasks.add(() -> addFactored(pool, columns, y, factor, out, fj));
                }
            }
            tasks.add(() -> addSums(pool, pool.ends(), y, out, fj, Form.PLAIN));
            if (Arrays.stream(y).allMatch(v -> v > 0) || Arrays.stream(y).allMatch(v -> v < 0)) {
                tasks.add(() -> addProducts(pool, y, out, fj));
            }
            for (Form form : List.of(Form.SQRT, Form.RECIPROCAL)) {
                if (applies(form, y)) {
                    tasks.add(() -> addSums(pool, pool.ends(), y, out, fj, form));
                }
            }
            for (FormTask t : tasks) {
                if (System.nanoTime() > deadlineNanos) {
                    complete = false;
                    break;
                }
                t.run();
            }
        } finally {
            fj.shutdownNow();
        }
        // One candidate per structure (beams meet), first occurrence kept.
        java.util.LinkedHashMap<Expr, Candidate> unique = new java.util.LinkedHashMap<>();
        for (Candidate c : out) {
            unique.putIfAbsent(c.structure(), c);
        }
        return new Proposals(List.copyOf(unique.values()), pool.terms().size(), pool.completeSize(), complete);
    }

    /** One form's selection, adding its proposals. */
    private interface FormTask {
        void run() throws InterruptedException;
    }

    private Pool pool(double[][] columns, int n) {
        int variables = columns.length;
        double[][] probes = new double[variables][];
        for (int i = 0; i < variables; i++) {
            probes[i] = Arrays.copyOf(columns[i], Math.min(n, 32));
        }
        int cap = (int) Math.min(MAX_POOL, MAX_VALUES / Math.max(1, n));
        // The variables first (so x, not an equivalent x*x, is the one kept of log x and log x^2), then the
        // monomials and ratios, then the enumerated terms by size.
        List<Expr> listed = new ArrayList<>();
        List<Integer> listedEnds = new ArrayList<>();
        StructureEnumerator terms = StructureEnumerator.terms(operators, variables, probes);
        int complete = 0;
        for (int size = 1; size <= 15 && listed.size() < cap; size++) {
            StructureEnumerator.Level level = terms.next(Long.MAX_VALUE, cap - listed.size() + 1L);
            listed.addAll(level.structures());
            if (size == 1) {
                listed.addAll(monomials(variables));
                listed.addAll(ratios(variables));
                // Functions of groups and products with functions are many: a prefix of their own, so the first
                // stays small.
                listedEnds.add(listed.size());
                listed.addAll(functionsOfGroups(variables));
                listed.addAll(timesFunctionOfOne(variables));
            }
            listedEnds.add(listed.size());
            if (!level.complete()) {
                break;
            }
            complete = size;
        }
        // Keep the finite, non-constant terms, one per function, the first listed (the smallest) of each.
        List<Expr> kept = new ArrayList<>();
        List<double[]> raw = new ArrayList<>();
        LongOpenHashSet seen = new LongOpenHashSet();
        double[] v = new double[n];
        double[] z = new double[n];
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            if (listedEnds.contains(i)) {
                ends.add(kept.size());
            }
            Expr t = listed.get(i);
            t.evaluate(columns, null, v);
            if (!standardize(v, z)) {
                continue;
            }
            // Distinct as functions; sums and products each drop what is affine-equal for them (standardizedAll).
            if (seen.add(ValueSignature.of(v))) {
                kept.add(t);
                raw.add(v.clone());
            }
        }
        ends.add(kept.size());
        // Nested prefixes; a large one (over 2,000 terms) nearly as large as the next (over 70 % of it) is left out:
        // it adds cost, not a different selection.
        List<Integer> prefixes = new ArrayList<>();
        for (int k = ends.size() - 1; k >= 0; k--) {
            int e = ends.get(k);
            if (e > 0 && (prefixes.isEmpty() || e < prefixes.get(0) && (e <= 2000 || e <= 0.7 * prefixes.get(0)))) {
                prefixes.add(0, e);
            }
        }
        return new Pool(kept, raw.toArray(new double[0][]), complete,
                prefixes.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Every product of variables of total degree 2 up to a degree that shrinks with the number of variables (6 for
     * one, 5 for two, 3 for up to four, 2 beyond), as balanced products: polynomial laws need them and they are
     * beyond the enumerated sizes.
     */
    static List<Expr> monomials(int variables) {
        int degree = variables == 1 ? 6 : variables == 2 ? 5 : variables <= 4 ? 3 : 2;
        List<Expr> out = new ArrayList<>();
        monomials(variables, degree, 0, new ArrayList<>(), out);
        return out;
    }

    private static void monomials(int variables, int degree, int from, List<Integer> factors, List<Expr> out) {
        if (factors.size() >= 2) {
            out.add(product(factors.stream().map(i -> (Expr) new Expr.Var(i)).toList()));
        }
        if (factors.size() == degree) {
            return;
        }
        for (int i = from; i < variables; i++) {
            factors.add(i);
            monomials(variables, degree, i, factors, out);
            factors.remove(factors.size() - 1);
        }
    }

    /**
     * Ratios and their offsets from one: every product of variables and reciprocals of variables of total degree
     * up to 4 for one or two variables, 3 for up to four (2 beyond) with at least one reciprocal (v/c, u*v/(c*c)),
     * and 1 + m and 1 - m
     * for every such product and every monomial m, and the squared differences (x_j - x_i)^2. Physical laws are full
     * of them (1 - v^2/c^2, 1 + u v/c^2, 1 - v/c, distances) and as enumerated terms they come only at sizes the
     * enumeration does not reach with several variables.
     */
    List<Expr> ratios(int variables) {
        List<Expr> out = new ArrayList<>();
        if (!operators.contains(Op.DIV)) {
            return out;
        }
        int degree = variables <= 2 ? 4 : variables <= 4 ? 3 : 2;
        List<int[]> exponents = new ArrayList<>();
        exponents(new int[variables], 0, degree, exponents);
        List<Expr> products = new ArrayList<>();
        for (int[] e : exponents) {
            Expr m = powerOfVariables(e);
            if (Arrays.stream(e).anyMatch(k -> k < 0)) {
                out.add(m);
            }
            products.add(m);
        }
        if (operators.contains(Op.SUB)) {
            // Squared differences: distances are sums of them.
            for (int i = 0; i < variables; i++) {
                for (int j = i + 1; j < variables; j++) {
                    Expr d = new Expr.Binary(Op.SUB, new Expr.Var(j), new Expr.Var(i));
                    out.add(new Expr.Binary(Op.MUL, d, d));
                }
            }
        }
        for (Expr m : products) {
            if (operators.contains(Op.ADD)) {
                out.add(new Expr.Binary(Op.ADD, Expr.Num.of(1), m));
            }
            if (operators.contains(Op.SUB)) {
                out.add(new Expr.Binary(Op.SUB, Expr.Num.of(1), m));
            }
        }
        return out;
    }

    /**
     * Functions of variable groups: every product M of two or more variables each to the power 1 or -1 (up to 5 of
     * them for at most six variables, 4 for seven, 3 beyond), alone, under each unary operator, and as 1/exp(M).
     * Physical laws put such groups inside functions: exp(-m g x/(kb T)), exp(h omega/(kb T)) - 1, log(V2/V1).
     */
    private List<Expr> functionsOfGroups(int variables) {
        List<Expr> out = new ArrayList<>();
        if (!operators.contains(Op.DIV) || variables < 2) {
            return out;
        }
        int most = variables <= 6 ? 5 : variables == 7 ? 4 : 3;
        List<Op> unary = operators.stream().filter(o -> o.arity == 1).toList();
        int[] e = new int[variables];
        groups(e, 0, 0, most, unary, out);
        return out;
    }

    /**
     * Products of a variable or monomial of degree 2 and a unary function of one variable: B*v*sin(theta),
     * p*cos(theta), the terms of superpositions in physics.
     */
    private List<Expr> timesFunctionOfOne(int variables) {
        List<Expr> out = new ArrayList<>();
        List<Op> unary = operators.stream().filter(o -> o.arity == 1).toList();
        List<Expr> factors = new ArrayList<>();
        for (int i = 0; i < variables; i++) {
            factors.add(new Expr.Var(i));
            for (int j = i; j < variables; j++) {
                factors.add(new Expr.Binary(Op.MUL, new Expr.Var(i), new Expr.Var(j)));
            }
        }
        for (Expr f : factors) {
            for (Op op : unary) {
                for (int k = 0; k < variables; k++) {
                    out.add(new Expr.Binary(Op.MUL, f, new Expr.Unary(op, new Expr.Var(k))));
                }
            }
        }
        return out;
    }

    private void groups(int[] e, int from, int used, int most, List<Op> unary, List<Expr> out) {
        if (used >= 2) {
            Expr m = powerOfVariables(e);
            out.add(m);
            for (Op op : unary) {
                out.add(new Expr.Unary(op, m));
            }
            if (operators.contains(Op.EXP)) {
                out.add(new Expr.Binary(Op.DIV, Expr.Num.of(1), new Expr.Unary(Op.EXP, m)));
            }
        }
        if (used == most) {
            return;
        }
        for (int i = from; i < e.length; i++) {
            for (int sign : new int[] {1, -1}) {
                e[i] = sign;
                groups(e, i + 1, used + 1, most, unary, out);
                e[i] = 0;
            }
        }
    }

    /** Integer exponent vectors with sum of |exponents| between 1 and degree, in a fixed order. */
    private static void exponents(int[] e, int from, int degree, List<int[]> out) {
        int used = Arrays.stream(e).map(Math::abs).sum();
        if (used > 0) {
            out.add(e.clone());
        }
        if (used == degree) {
            return;
        }
        for (int i = from; i < e.length; i++) {
            for (int sign : new int[] {1, -1}) {
                if (e[i] != 0 && Integer.signum(e[i]) != sign) {
                    continue; // x and 1/x never in one product
                }
                e[i] += sign;
                exponents(e, i, degree, out);
                e[i] -= sign;
            }
        }
    }

    /** The product of variable i to the power e[i] (integers, not all 0), as a quotient of products. */
    private static Expr powerOfVariables(int[] e) {
        List<Expr> num = new ArrayList<>();
        List<Expr> den = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            for (int k = 0; k < Math.abs(e[i]); k++) {
                (e[i] > 0 ? num : den).add(new Expr.Var(i));
            }
        }
        return quotient(num, den);
    }

    /** The product of the numerator's factors over the product of the denominator's (1 / d when no numerator). */
    private static Expr quotient(List<Expr> numerator, List<Expr> denominator) {
        if (denominator.isEmpty()) {
            return product(numerator);
        }
        return new Expr.Binary(Op.DIV, numerator.isEmpty() ? Expr.Num.of(1) : product(numerator),
                product(denominator));
    }

    /** A balanced product of the factors (depth log2 of their number). */
    static Expr product(List<Expr> factors) {
        if (factors.size() == 1) {
            return factors.get(0);
        }
        int half = factors.size() / 2;
        return new Expr.Binary(Op.MUL, product(factors.subList(0, half)), product(factors.subList(half,
                factors.size())));
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
        double norm = Math.sqrt(ss);
        if (!(norm > 1e-9 * scale * Math.sqrt(n)) || !Double.isFinite(norm)) {
            return false;
        }
        // Sign fixed by the first clearly nonzero entry, so that t and -t share a signature.
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

    private enum Form {
        PLAIN, SQRT, RECIPROCAL
    }

    /** Whether a sum form can hold y: a square root needs y > 0 and sqrt, a reciprocal y without zeros and /. */
    private boolean applies(Form form, double[] y) {
        return switch (form) {
            case PLAIN -> true;
            case SQRT -> operators.contains(Op.SQRT) && Arrays.stream(y).allMatch(v -> v > 0);
            case RECIPROCAL -> operators.contains(Op.DIV)
                    && Arrays.stream(y).allMatch(v -> v != 0 && Double.isFinite(1 / v));
        };
    }

    /**
     * Sum forms: selection on the transformed target from the nested prefixes ending at {@code ends}, then
     * structures with and without the constant c0.
     */
    private void addSums(Pool pool, int[] ends, double[] y, List<Candidate> out, ForkJoinPool fj, Form form)
            throws InterruptedException {
        int n = y.length;
        double[] target = new double[n];
        for (int r = 0; r < n; r++) {
            target[r] = switch (form) {
                case PLAIN -> y[r];
                case SQRT -> y[r] * y[r];
                case RECIPROCAL -> 1 / y[r];
            };
        }
        double[][] z = pool.standardized();
        int[] sizes = pool.terms().stream().mapToInt(Expr::size).toArray();
        for (int[] set : selectNested(z, sizes, ends, target, fj)) {
            List<Expr> terms = Arrays.stream(set).mapToObj(pool.terms()::get).toList();
            double[][] x = Arrays.stream(set).mapToObj(j -> pool.raw()[j]).toArray(double[][]::new);
            for (boolean constant : new boolean[] {true, false}) {
                double[] coef = leastSquares(x, target, constant);
                Expr sum = null;
                int slot = 0;
                if (constant) {
                    sum = new Expr.Param(slot++);
                }
                for (Expr t : terms) {
                    Expr term = new Expr.Binary(Op.MUL, new Expr.Param(slot++), t);
                    sum = sum == null ? term : new Expr.Binary(Op.ADD, sum, term);
                }
                Expr e = switch (form) {
                    case PLAIN -> sum;
                    case SQRT -> new Expr.Unary(Op.SQRT, sum);
                    case RECIPROCAL -> new Expr.Binary(Op.DIV, Expr.Num.of(1), sum);
                };
                out.add(new Candidate(e, coef));
            }
        }
    }

    /**
     * Product forms: selection on log|y| over log|t| of the one-signed terms (exponents rounded to halves), nested
     * prefixes of the pool; then, when exp is an operator, over both log|t| and t of the first two prefixes
     * (variables, monomials, ratios, functions of groups): y = c t1^a1 ... exp(b1 s1 + ...), Gaussians and
     * Boltzmann factors.
     */
    private void addProducts(Pool pool, double[] y, List<Candidate> out, ForkJoinPool fj) throws InterruptedException {
        int n = y.length;
        double sign = y[0] > 0 ? 1 : -1;
        double[] target = logAbs(y);
        List<Integer> usable = new ArrayList<>();
        List<double[]> logs = new ArrayList<>();
        logsOfOneSigned(pool.raw(), usable, logs);
        if (!usable.isEmpty()) {
            double[][] lraw = logs.toArray(new double[0][]);
            double[][] z = standardizedAll(lraw);
            int[] ends = Arrays.stream(pool.ends()).map(e -> (int) usable.stream().filter(j -> j < e).count())
                    .distinct().filter(e -> e > 0).toArray();
            int[] sizes = usable.stream().mapToInt(j -> pool.terms().get(j).size()).toArray();
            for (int[] set : selectNested(z, sizes, ends, target, fj)) {
                double[][] x = Arrays.stream(set).mapToObj(j -> lraw[j]).toArray(double[][]::new);
                int[] terms = Arrays.stream(set).map(usable::get).toArray();
                addProduct(pool, terms, new boolean[set.length], leastSquares(x, target, true), sign, out);
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
        double[][] z = standardizedAll(v);
        int[] sizes = terms.stream().mapToInt(j -> pool.terms().get(j).size()).toArray();
        for (int[] set : select(z, sizes, Arrays.copyOf(target, Math.min(n, SELECTION_ROWS)), fj)) {
            double[][] x = Arrays.stream(set).mapToObj(j -> v[j]).toArray(double[][]::new);
            boolean[] inExp = new boolean[set.length];
            for (int k = 0; k < set.length; k++) {
                inExp[k] = raw.get(set[k]);
            }
            if (!java.util.stream.IntStream.range(0, set.length).anyMatch(k -> inExp[k])) {
                continue; // a plain product, proposed above
            }
            addProduct(pool, Arrays.stream(set).map(terms::get).toArray(), inExp, leastSquares(x, target, true),
                    sign, out);
        }
    }

    /**
     * One product proposal: c times each term to its coefficient rounded to a half (those not {@code inExp}), times
     * exp of the sum of parameters times the others. Nothing when an exponent is not near a half, is beyond 4, or
     * needs an operator not in the set.
     */
    private void addProduct(Pool pool, int[] terms, boolean[] inExp, double[] coef, double sign,
            List<Candidate> out) {
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        Expr exponent = null;
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
            if (half && (!operators.contains(Op.SQRT) || pool.raw()[terms[k]][0] < 0)) {
                return;
            }
            addPower(t, a, numerator, denominator);
        }
        if (!denominator.isEmpty() && !operators.contains(Op.DIV)) {
            return;
        }
        Expr e = new Expr.Param(0);
        if (!numerator.isEmpty()) {
            e = new Expr.Binary(Op.MUL, e, product(numerator));
        }
        if (exponent != null) {
            e = new Expr.Binary(Op.MUL, e, new Expr.Unary(Op.EXP, exponent));
        }
        if (!denominator.isEmpty()) {
            e = new Expr.Binary(Op.DIV, e, product(denominator));
        }
        out.add(new Candidate(e, start.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** base^|a|, a a nonzero multiple of 1/2, into the numerator (a > 0) or denominator: factors and a root. */
    private static void addPower(Expr base, double a, List<Expr> numerator, List<Expr> denominator) {
        List<Expr> side = a > 0 ? numerator : denominator;
        for (int m = 0; m < (int) Math.floor(Math.abs(a)); m++) {
            side.add(base);
        }
        if (Math.abs(a) % 1 != 0) {
            side.add(new Expr.Unary(Op.SQRT, base));
        }
    }

    /** Adds the index and log|t| of each column t that has one sign and no zero. */
    private static void logsOfOneSigned(double[][] columns, List<Integer> indices, List<double[]> logs) {
        for (int j = 0; j < columns.length; j++) {
            double[] l = logOfOneSigned(columns[j]);
            if (l != null) {
                indices.add(j);
                logs.add(l);
            }
        }
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

    /** log|t|, element by element. */
    private static double[] logAbs(double[] t) {
        return Arrays.stream(t).map(v -> Math.log(Math.abs(v))).toArray();
    }

    /**
     * Power-law factors of y: log|y| regressed on the logs of the one-signed variables, each coefficient rounded
     * where it is close, the others left out. A law like G m1 m2 / (sum of squared differences) or U (1 - cos(k d))
     * is such a factor times a sum the sum forms find.
     */
    private List<Expr> powerFactors(double[][] columns, double[] y) {
        int n = y.length;
        List<Integer> vars = new ArrayList<>();
        List<double[]> logs = new ArrayList<>();
        logsOfOneSigned(columns, vars, logs);
        List<Expr> out = new ArrayList<>();
        if (vars.size() < 2 || n <= vars.size() + 2) {
            return out;
        }
        double[] coef = leastSquares(logs.toArray(new double[0][]), logAbs(y), true);
        // Four roundings: to halves or integers, within 0.1 or 0.03 (a variable the law does not hold as a power
        // can still get a coefficient near a half or -1 from its correlation with the rest).
        double[][] roundings = {{2, 0.1}, {1, 0.1}, {2, 0.03}, {1, 0.03}};
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
                addPower(v, rounded, numerator, denominator);
            }
            if (numerator.isEmpty() && denominator.isEmpty() || !denominator.isEmpty() && !operators.contains(Op.DIV)) {
                continue;
            }
            Expr f = quotient(numerator, denominator);
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The sum forms fitted to y / factor, each proposal multiplied back by the factor. */
    private void addFactored(Pool pool, double[][] columns, double[] y, Expr factor, List<Candidate> out,
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

    /**
     * Standardized columns; null (never selected) for a constant or non-finite one and for one equal to an earlier
     * one up to sign, scale and offset, which the regression supplies.
     */
    private static double[][] standardizedAll(double[][] raw) {
        int n = raw.length == 0 ? 0 : Math.min(raw[0].length, SELECTION_ROWS);
        double[][] z = new double[raw.length][n];
        LongOpenHashSet seen = new LongOpenHashSet();
        for (int j = 0; j < raw.length; j++) {
            if (!standardize(Arrays.copyOf(raw[j], n), z[j]) || !seen.add(ValueSignature.of(z[j]))) {
                z[j] = null;
            }
        }
        return z;
    }

    /**
     * Selections from each nested prefix of the pool: with few rows, a large pool always holds some odd term that
     * fits better than the right small one, so the small pools (where x, x*x and x*x*x are the best there is) are
     * searched on their own too.
     */
    private static List<int[]> selectNested(double[][] z, int[] sizes, int[] ends, double[] target,
            ForkJoinPool fj) throws InterruptedException {
        target = Arrays.copyOf(target, Math.min(target.length, SELECTION_ROWS));
        List<int[]> out = new ArrayList<>();
        for (int end : ends) {
            out.addAll(select(Arrays.copyOf(z, end), sizes, target, fj));
        }
        return out;
    }

    /**
     * A set of selected terms, with its orthonormal basis and residual (both of the centred problem); {@code
     * explained[j]}, filled when the state is expanded, is the squared norm of term j's projection on the basis
     * (from the parent's, plus the newest basis vector's share: one dot product per term and step, not k).
     */
    private static final class State {
        final int[] set;
        final double[][] basis;
        final double[] residual;
        final double rss;
        final double[] parentExplained;
        double[] explained;

        State(int[] set, double[][] basis, double[] residual, double rss, double[] parentExplained) {
            this.set = set;
            this.basis = basis;
            this.residual = residual;
            this.rss = rss;
            this.parentExplained = parentExplained;
        }

        int[] set() {
            return set;
        }

        double rss() {
            return rss;
        }
    }

    /**
     * Beam forward selection: the term sets of every size up to {@link #MAX_TERMS} reached by keeping, at each step,
     * the {@link #BEAM} sets of lowest residual sum of squares (an intercept always in). The first step keeps more:
     * also the best few terms of each term size, because the first term of a sum is often not the one that fits
     * best alone (sin x + sin(x + x^2): some odd term beats sin x alone, but after sin x the rest fits exactly).
     * Gains are computed per term in parallel, the choice is sequential with ties broken by term order:
     * deterministic for any thread count.
     */
    private static List<int[]> select(double[][] z, int[] sizes, double[] target, ForkJoinPool fj)
            throws InterruptedException {
        int n = target.length;
        double mean = Arrays.stream(target).sum() / n;
        double[] r0 = new double[n];
        double rss0 = 0;
        for (int r = 0; r < n; r++) {
            r0[r] = target[r] - mean;
            rss0 += r0[r] * r0[r];
        }
        List<int[]> out = new ArrayList<>();
        if (!(rss0 > 0) || !Double.isFinite(rss0)) {
            return out;
        }
        // Per number of terms, the sets found with their residual sums of squares; the best few are proposed.
        java.util.Map<Integer, java.util.TreeMap<Double, int[]>> found = new java.util.TreeMap<>();
        int terms = Math.min(MAX_TERMS, n - 2);
        List<State> beam = List.of(new State(new int[0], new double[0][], r0, rss0, null));
        for (int step = 0; step < terms && !beam.isEmpty(); step++) {
            List<State> children = new ArrayList<>();
            for (State s : beam) {
                double[] gain = gains(z, s, fj);
                if (step == 0) {
                    for (int[] set : bestSubsets(z, gain, r0, terms)) {
                        note(found, set, rss(z, set, r0));
                    }
                }
                java.util.Set<Integer> picks = new java.util.LinkedHashSet<>();
                for (int j : top(gain, BEAM)) {
                    picks.add(j);
                }
                if (step == 0) {
                    long classes = Arrays.stream(sizes, 0, z.length).distinct().count();
                    int perSize = (int) Math.max(2, Math.min(FIRST_PER_SIZE,
                            FIRST_STEP_WORK / (2.0 * z.length * n * classes)));
                    for (int size = 1; size <= 15; size++) {
                        double[] ofSize = gain.clone();
                        for (int j = 0; j < ofSize.length; j++) {
                            if (sizes[j] != size) {
                                ofSize[j] = -1;
                            }
                        }
                        for (int j : top(ofSize, perSize)) {
                            picks.add(j);
                        }
                    }
                }
                for (int j : picks) {
                    children.add(extend(z, s, j));
                }
            }
            children.sort(Comparator.comparingDouble(State::rss).thenComparing(State::set, Arrays::compare));
            List<State> next = new ArrayList<>();
            java.util.Set<String> seenSets = new java.util.HashSet<>();
            // Every set reached is noted; only the best few of each number of terms are proposed.
            int keep = step == 0 ? children.size() : BEAM;
            for (State c : children) {
                int[] sorted = c.set().clone();
                Arrays.sort(sorted);
                if (next.size() < keep && seenSets.add(Arrays.toString(sorted))) {
                    note(found, c.set(), c.rss());
                    next.add(c);
                }
            }
            // A set that already fits to rounding needs no more terms.
            double exact = 1e-20 * rss0;
            next.removeIf(c -> c.rss() <= exact);
            beam = next;
        }
        for (java.util.TreeMap<Double, int[]> sets : found.values()) {
            sets.values().stream().limit(PROPOSED_PER_SIZE).forEach(out::add);
        }
        return out;
    }

    /** Records a set under its number of terms (the first set of an equal residual kept). */
    private static void note(java.util.Map<Integer, java.util.TreeMap<Double, int[]>> found, int[] set, double rss) {
        found.computeIfAbsent(set.length, k -> new java.util.TreeMap<>()).putIfAbsent(rss, set);
    }

    /** Residual sum of squares of the centred target after its least-squares fit on the standardized terms. */
    private static double rss(double[][] z, int[] set, double[] r0) {
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

    /** For k = 2, 3, ...: how many of the best single terms the exhaustive subset search takes them from. */
    static final int[] SUBSET_POOL = {0, 0, 48, 40, 24, 18, 14};

    /** Term sets proposed per selection and number of terms: the lowest residuals. */
    static final int PROPOSED_PER_SIZE = 3;

    /** Subsets kept per number of terms. */
    static final int SUBSETS_KEPT = 3;

    /**
     * Best subsets among the best single terms: for k = 2..maxTerms, every k of the {@link #SUBSET_POOL}[k] terms
     * that alone explain most, scored by the residual sum of squares of their joint least-squares fit (from their
     * Gram matrix). Forward selection commits to its first term; when the law is a sum of similar parts (three
     * squared differences) the best first term is often a proxy for several (x1 + z1), and only a joint search
     * finds the parts.
     */
    private static List<int[]> bestSubsets(double[][] z, double[] singleGain, double[] r0, int maxTerms) {
        List<int[]> out = new ArrayList<>();
        int l = Math.min(SUBSET_POOL[2], (int) Arrays.stream(singleGain).filter(g -> g >= 0).count());
        int[] best = top(singleGain, l);
        double[][] gram = new double[l][l];
        double[] b = new double[l];
        for (int i = 0; i < l; i++) {
            b[i] = dot(z[best[i]], r0);
            for (int j = 0; j <= i; j++) {
                gram[i][j] = gram[j][i] = dot(z[best[i]], z[best[j]]);
            }
        }
        for (int k = 2; k <= Math.min(maxTerms, SUBSET_POOL.length - 1); k++) {
            int m = Math.min(l, SUBSET_POOL[k]);
            if (m < k) {
                break;
            }
            // Keep the SUBSETS_KEPT largest explained sums of squares, ties to the first found.
            double[] keptGain = new double[SUBSETS_KEPT];
            int[][] kept = new int[SUBSETS_KEPT][];
            Arrays.fill(keptGain, -1);
            int[] idx = new int[k];
            for (int i = 0; i < k; i++) {
                idx[i] = i;
            }
            while (true) {
                double g = explained(gram, b, idx);
                if (g > keptGain[SUBSETS_KEPT - 1]) {
                    int at = SUBSETS_KEPT - 1;
                    while (at > 0 && keptGain[at - 1] < g) {
                        keptGain[at] = keptGain[at - 1];
                        kept[at] = kept[at - 1];
                        at--;
                    }
                    keptGain[at] = g;
                    kept[at] = idx.clone();
                }
                int i = k - 1;
                while (i >= 0 && idx[i] == m - k + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                idx[i]++;
                for (int j = i + 1; j < k; j++) {
                    idx[j] = idx[j - 1] + 1;
                }
            }
            for (int[] set : kept) {
                if (set != null) {
                    out.add(Arrays.stream(set).map(i -> best[i]).toArray());
                }
            }
        }
        return out;
    }

    /** b_S' G_S^-1 b_S by Cholesky: the sum of squares the subset explains; -1 when G_S is (nearly) singular. */
    private static double explained(double[][] gram, double[] b, int[] idx) {
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

    /** Per term, the drop in residual sum of squares from adding it; -1 for terms that cannot be added. */
    private static double[] gains(double[][] z, State s, ForkJoinPool fj) throws InterruptedException {
        double[] gain = new double[z.length];
        double[] explained = new double[z.length];
        boolean[] in = new boolean[z.length];
        for (int j : s.set) {
            in[j] = true;
        }
        double[] newest = s.basis.length == 0 ? null : s.basis[s.basis.length - 1];
        try {
            fj.submit(() -> IntStream.range(0, z.length).parallel().forEach(j -> {
                double[] t = z[j];
                if (t == null) {
                    gain[j] = -1;
                    return;
                }
                double e = s.parentExplained == null ? 0 : s.parentExplained[j];
                if (newest != null) {
                    double p = dot(newest, t);
                    e += p * p;
                }
                explained[j] = e;
                double rest = 1 - e;
                // Nearly inside the span of the chosen terms: adding it would only fit rounding errors.
                if (in[j] || rest < 1e-9) {
                    gain[j] = -1;
                    return;
                }
                double c = dot(s.residual, t);
                gain[j] = c * c / rest;
            })).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        s.explained = explained;
        return gain;
    }

    private static State extend(double[][] z, State s, int j) {
        int n = s.residual.length;
        double[] q = z[j].clone();
        for (double[] b : s.basis) {
            double p = dot(b, z[j]);
            for (int r = 0; r < n; r++) {
                q[r] -= p * b[r];
            }
        }
        double norm = Math.sqrt(dot(q, q));
        for (int r = 0; r < n; r++) {
            q[r] /= norm;
        }
        double c = dot(s.residual, q);
        double[] residual = s.residual.clone();
        for (int r = 0; r < n; r++) {
            residual[r] -= c * q[r];
        }
        double[][] basis = Arrays.copyOf(s.basis, s.basis.length + 1);
        basis[basis.length - 1] = q;
        int[] set = Arrays.copyOf(s.set, s.set.length + 1);
        set[set.length - 1] = j;
        return new State(set, basis, residual, dot(residual, residual), s.explained);
    }

    /** Indices of the k largest non-negative values, largest first, ties to the lower index. */
    static int[] top(double[] v, int k) {
        int[] best = new int[k];
        int count = 0;
        for (int j = 0; j < v.length; j++) {
            if (v[j] < 0 || count == k && v[best[k - 1]] >= v[j]) {
                continue;
            }
            int at = count == k ? k - 1 : count;
            while (at > 0 && v[best[at - 1]] < v[j]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = j;
            count = Math.min(count + 1, k);
        }
        return Arrays.copyOf(best, count);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int r = 0; r < a.length; r++) {
            s += a[r] * b[r];
        }
        return s;
    }

    /**
     * Least-squares coefficients of target on the columns x (and a leading constant when asked), by QR; ones when
     * the columns are dependent.
     */
    static double[] leastSquares(double[][] x, double[] target, boolean constant) {
        int n = target.length;
        int p = x.length + (constant ? 1 : 0);
        double[][] a = new double[n][p];
        for (int r = 0; r < n; r++) {
            int c = 0;
            if (constant) {
                a[r][c++] = 1;
            }
            for (double[] col : x) {
                a[r][c++] = col[r];
            }
        }
        try {
            return new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-12).getSolver()
                    .solve(new ArrayRealVector(target, false)).toArray();
        } catch (SingularMatrixException e) {
            double[] ones = new double[p];
            Arrays.fill(ones, 1);
            return ones;
        }
    }
}
