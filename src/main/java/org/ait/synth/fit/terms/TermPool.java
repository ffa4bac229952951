package org.ait.synth.fit.terms;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.expr.StructureEnumerator;
import org.ait.synth.expr.internal.ValueSignature;

/**
 * The term pool: parameter-free, each a distinct function, non-constant and finite: the variables, monomials
 * and ratios; then the functions of variable groups and products with functions of one variable; then the
 * enumerated terms by size. {@code ends[k]}: terms in the k-th nested prefix, smallest first.
 */
final class TermPool {

    /** Most term values held (terms x rows), so memory stays near 100 MB whatever the data. */
    static final long MAX_VALUES = 12_000_000;

    /** Most terms listed. */
    static final int MAX_POOL = 60_000;

    private final List<Expr> terms;
    private final double[][] raw;
    private final int completeSize;
    private final int[] ends;
    private final int[] withScanned;
    private final int larger;
    private double[][] standardized;

    private TermPool(List<Expr> terms, double[][] raw, int completeSize, int[] ends, int[] withScanned, int larger) {
        this.terms = terms;
        this.raw = raw;
        this.completeSize = completeSize;
        this.ends = ends;
        this.withScanned = withScanned;
        this.larger = larger;
    }

    /**
     * Where the enumerated terms of size 2 and more begin (after the variables, monomials, ratios, functions of
     * groups and products with functions of one variable), whatever prefixes were kept.
     */
    int larger() {
        return larger;
    }

    /**
     * The first prefix and the scanned terms ({@link ScannedTerms}): the term set searched besides the prefixes when
     * there are scanned terms; empty otherwise.
     */
    int[] withScanned() {
        return withScanned;
    }

    /** The terms, smallest first within each prefix. */
    List<Expr> terms() {
        return terms;
    }

    /** {@code raw()[j][r]}: term j at observation r. */
    double[][] raw() {
        return raw;
    }

    /** Every distinct term up to this size was enumerated. */
    int completeSize() {
        return completeSize;
    }

    /** {@code ends()[k]}: terms in the k-th nested prefix. */
    int[] ends() {
        return ends;
    }

    /** The standardized terms of the sum forms (computed once: they do not depend on the target). */
    synchronized double[][] standardized() {
        if (standardized == null) {
            standardized = LeastSquares.standardizedAll(raw);
        }
        return standardized;
    }

    /** The pool of the data: {@code columns[i][r]} is variable i at observation r, of n observations. */
    static TermPool of(List<Op> operators, double[][] columns, int n) {
        return of(operators, columns, n, List.of());
    }

    /** The pool with {@code scanned} terms ({@link ScannedTerms}) after all others, in no prefix. */
    static TermPool of(List<Op> operators, double[][] columns, int n, List<Expr> scanned) {
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
                listed.addAll(ratios(operators, variables));
                // Functions of groups and products with functions are many: a prefix of their own, so the first
                // stays small.
                listedEnds.add(listed.size());
                listed.addAll(functionsOfGroups(operators, variables));
                listed.addAll(timesFunctionOfOne(operators, variables));
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
            if (!LeastSquares.standardize(v, z)) {
                continue;
            }
            // Distinct as functions; sums and products each drop what is affine-equal for them (standardizedAll).
            if (seen.add(ValueSignature.of(v))) {
                kept.add(t);
                raw.add(v.clone());
            }
        }
        ends.add(kept.size());
        // The scanned terms last, in no prefix: fitted to this target, they would crowd the plain terms out of every
        // selection. The forms search them with the first prefix ({@link #withScanned}).
        int plain = kept.size();
        for (Expr t : scanned) {
            t.evaluate(columns, null, v);
            if (LeastSquares.standardize(v, z) && seen.add(ValueSignature.of(v))) {
                kept.add(t);
                raw.add(v.clone());
            }
        }
        // Nested prefixes; a large one (over 2,000 terms) nearly as large as the next (over 70 % of it) is left out:
        // it adds cost, not a different selection.
        List<Integer> prefixes = new ArrayList<>();
        for (int k = ends.size() - 1; k >= 0; k--) {
            int e = ends.get(k);
            if (e > 0 && (prefixes.isEmpty() || e < prefixes.get(0) && (e <= 2000 || e <= 0.7 * prefixes.get(0)))) {
                prefixes.add(0, e);
            }
        }
        int[] withScanned = kept.size() == plain || prefixes.isEmpty() ? new int[0]
                : java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0, prefixes.get(0)),
                        java.util.stream.IntStream.range(plain, kept.size())).toArray();
        int larger = ends.size() > 1 ? ends.get(1) : plain;
        return new TermPool(kept, raw.toArray(new double[0][]), complete,
                prefixes.stream().mapToInt(Integer::intValue).toArray(), withScanned, larger);
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
            out.add(Products.product(factors.stream().map(i -> (Expr) new Expr.Var(i)).toList()));
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
    static List<Expr> ratios(List<Op> operators, int variables) {
        List<Expr> out = new ArrayList<>();
        if (!operators.contains(Op.DIV)) {
            return out;
        }
        int degree = variables <= 2 ? 4 : variables <= 4 ? 3 : 2;
        List<int[]> exponents = new ArrayList<>();
        exponents(new int[variables], 0, degree, exponents);
        List<Expr> products = new ArrayList<>();
        for (int[] e : exponents) {
            Expr m = Products.powerOfVariables(e);
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
    private static List<Expr> functionsOfGroups(List<Op> operators, int variables) {
        List<Expr> out = new ArrayList<>();
        if (!operators.contains(Op.DIV) || variables < 2) {
            return out;
        }
        int most = variables <= 6 ? 5 : variables == 7 ? 4 : 3;
        List<Op> unary = operators.stream().filter(o -> o.arity == 1).toList();
        int[] e = new int[variables];
        groups(operators, e, 0, 0, most, unary, out);
        return out;
    }

    /**
     * Products of a variable or monomial of degree 2 and a unary function of one variable: B*v*sin(theta),
     * p*cos(theta), the terms of superpositions in physics.
     */
    private static List<Expr> timesFunctionOfOne(List<Op> operators, int variables) {
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

    private static void groups(List<Op> operators, int[] e, int from, int used, int most, List<Op> unary,
            List<Expr> out) {
        if (used >= 2) {
            Expr m = Products.powerOfVariables(e);
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
                groups(operators, e, i + 1, used + 1, most, unary, out);
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
}
