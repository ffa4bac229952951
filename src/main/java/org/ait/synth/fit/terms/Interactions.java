package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;

/**
 * Products of two pool terms, screened against what the best small sums leave. A law whose sum holds a product of
 * a group and a function (I1 + I2 + 2 sqrt(I1 I2) cos(d), x^2 + y^2 - 2 x y cos(a - b), 1 + G cos(theta)) needs a term
 * the pool has only as its two factors, and all pairs of a pool are too many to select among: the pairs whose
 * product best explains the residual of the best small sums are kept (sure independence screening, applied to
 * interactions: {@link #screen}), and the rest of the sum is selected beside each ({@link #beside}).
 */
final class Interactions {

    /** Most first factors (products and quotients of variables), see {@link #factors}. */
    static final int FIRST_FACTORS = 1000;

    /** Most second factors (the enumerated terms): with the first, ~10^6 pairs, ~0.1 s per seed. */
    static final int SECOND_FACTORS = 900;

    /** Rows the screening looks at: enough to rank products, and its cost is proportional to them. */
    static final int ROWS = 40;

    /** Products kept per residual. */
    static final int KEPT = 6;

    /**
     * Residuals screened against (the seeds): of the target itself; of its best sums of 1 .. SEEDS terms of the first
     * prefix (best sums of the whole pool fit part of the product with odd terms); of its linear and quadratic
     * polynomials in the variables.
     */
    static final int SEEDS = 3;

    /** Best sums per number of terms taken as seeds. */
    static final int SEEDS_PER_SIZE = 1;

    private Interactions() {
    }

    /** A product of two pool terms, with its values. */
    record Product(Expr term, double[] values) {
    }

    /**
     * The products of two factor terms ({@link #factors}) that best explain the residual of the target (first
     * {@link #ROWS} rows) after each seed ({@link #SEEDS}; {@code sets} are pool indices): per seed, the {@link #KEPT}
     * first factors of the best scores, each with its best partner. Deterministic for any thread count.
     */
    static List<Product> screen(TermPool pool, List<int[]> sets, double[] target, ForkJoinPool fj)
            throws InterruptedException {
        int m = Math.min(target.length, ROWS);
        Factors all = factors(pool);
        int[] factors = all.terms();
        int f = factors.length;
        int first = all.first();
        double[][] x = new double[f][];
        for (int k = 0; k < f; k++) {
            x[k] = Arrays.copyOf(pool.raw()[factors[k]], m);
        }
        double[] t = Arrays.copyOf(target, m);
        java.util.LinkedHashMap<Long, Product> kept = new java.util.LinkedHashMap<>();
        for (double[][] q : seeds(pool, sets, t)) {
            double[] rc = orthogonal(t, q);
            if (!(LeastSquares.dot(rc, rc) > 0) || !Arrays.stream(rc).allMatch(Double::isFinite)) {
                continue;
            }
            // Per first factor i, its best partner and score, computed in parallel; merged in index order.
            double[] score = new double[first];
            int[] partner = new int[first];
            List<ForkJoinTask<?>> tasks = new ArrayList<>();
            for (int i = 0; i < first; i++) {
                int fi = i;
                tasks.add(fj.submit(() -> bestPartner(x, fi, first, q, rc, score, partner)));
            }
            for (ForkJoinTask<?> task : tasks) {
                try {
                    task.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            for (int i : SubsetSelection.top(score, KEPT)) {
                int a = factors[i];
                int b = factors[partner[i]];
                double[] v = new double[pool.raw()[a].length];
                for (int row = 0; row < v.length; row++) {
                    v[row] = pool.raw()[a][row] * pool.raw()[b][row];
                }
                kept.putIfAbsent((long) a * pool.terms().size() + b, new Product(new Expr.Binary(Op.MUL,
                        pool.terms().get(a), pool.terms().get(b)), v));
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** A sum beside a product: the other terms (pool indices) and the product. */
    record Sum(int[] terms, Product product) {
    }

    /**
     * For each product, a forward selection among the first prefix and the terms of the small {@code sets}, all made
     * orthogonal to the product (by Frisch-Waugh-Lovell, a set chosen so plus the product is the joint least-squares
     * fit of the target); of all these sums, the best {@link SubsetSelection#PROPOSED_PER_SIZE} of each number of
     * terms. Deterministic for any thread count.
     */
    static List<Sum> beside(TermPool pool, List<Product> products, List<int[]> sets, double[] target, ForkJoinPool fj)
            throws InterruptedException {
        java.util.LinkedHashSet<Integer> base = new java.util.LinkedHashSet<>();
        for (int j = 0; j < pool.ends()[0]; j++) {
            base.add(j);
        }
        sets.stream().filter(set -> set.length <= SEEDS).forEach(set -> Arrays.stream(set)
                .forEach(base::add));
        int[] baseTerms = base.stream().mapToInt(Integer::intValue).toArray();
        int m = Math.min(target.length, SubsetSelection.SELECTION_ROWS);
        double[][] z = pool.standardized();
        int[] sizes = Arrays.stream(baseTerms).map(j -> pool.terms().get(j).size()).toArray();
        double mean = Arrays.stream(target, 0, m).sum() / m;
        double[] centred = Arrays.stream(target, 0, m).map(v -> v - mean).toArray();
        // Per number of terms, the sets found (with their product) by residual sum of squares, first found first.
        java.util.Map<Integer, java.util.TreeMap<Double, int[]>> found = new java.util.TreeMap<>();
        for (int pi = 0; pi < products.size(); pi++) {
            double[] q = new double[m];
            if (!LeastSquares.standardize(Arrays.copyOf(products.get(pi).values(), m), q)) {
                continue;
            }
            double[][] product = {q};
            double[][] zq = new double[baseTerms.length][];
            for (int k = 0; k < baseTerms.length; k++) {
                double[] col = z[baseTerms[k]];
                if (col == null) {
                    continue;
                }
                double[] v = orthogonal(col, product);
                double norm = Math.sqrt(LeastSquares.dot(v, v));
                if (norm > 1e-6) {
                    for (int r = 0; r < m; r++) {
                        v[r] /= norm;
                    }
                    zq[k] = v;
                }
            }
            double[] t = orthogonal(centred, product);
            for (int[] set : SubsetSelection.selectForward(zq, sizes, t, fj)) {
                if (set.length < SubsetSelection.MAX_TERMS) {
                    int[] withProduct = Arrays.copyOf(set, set.length + 1);
                    withProduct[set.length] = -1 - pi; // the product, by its index
                    found.computeIfAbsent(set.length + 1, k -> new java.util.TreeMap<>())
                            .putIfAbsent(LeastSquares.rss(zq, set, t), withProduct);
                }
            }
        }
        List<Sum> out = new ArrayList<>();
        for (java.util.TreeMap<Double, int[]> best : found.values()) {
            for (int[] set : best.values().stream().limit(SubsetSelection.PROPOSED_PER_SIZE).toList()) {
                int[] terms = Arrays.stream(set, 0, set.length - 1).map(k -> baseTerms[k]).toArray();
                out.add(new Sum(terms, products.get(-1 - set[set.length - 1])));
            }
        }
        return out;
    }

    /**
     * The seeds ({@link #SEEDS}), each as an orthonormal basis (with the constant) of what it spans on the m rows of
     * the target t.
     */
    private static List<double[][]> seeds(TermPool pool, List<int[]> sets, double[] t) {
        int m = t.length;
        List<double[][]> seeds = new ArrayList<>();
        seeds.add(basis(new double[0][], m));
        for (int k = 1; k <= SEEDS; k++) {
            java.util.TreeMap<Double, double[][]> best = new java.util.TreeMap<>();
            for (int[] set : sets) {
                if (set.length != k || Arrays.stream(set).anyMatch(j -> j >= pool.ends()[0])) {
                    continue;
                }
                double[][] q = basis(Arrays.stream(set).mapToObj(j -> Arrays.copyOf(pool.raw()[j], m))
                        .toArray(double[][]::new), m);
                double[] r = orthogonal(t, q);
                best.putIfAbsent(LeastSquares.dot(r, r), q);
            }
            best.values().stream().limit(SEEDS_PER_SIZE).forEach(seeds::add);
        }
        // And the linear and quadratic polynomials of the variables: the sum beside the product is often one
        // (n_0 + n_0 G cos(theta), a^2 + b^2 - 2 a b cos(t)), and the best small sums, fitted without the product,
        // need not hold it.
        List<double[]> linear = new ArrayList<>();
        for (int j = 0; j < pool.ends()[0]; j++) {
            if (pool.terms().get(j) instanceof Expr.Var) {
                linear.add(Arrays.copyOf(pool.raw()[j], m));
            }
        }
        seeds.add(basis(linear.toArray(new double[0][]), m));
        int vars = linear.size();
        if (vars + vars * (vars + 1) / 2 <= m / 2) {
            List<double[]> quadratic = new ArrayList<>(linear);
            for (int i = 0; i < vars; i++) {
                for (int j = i; j < vars; j++) {
                    double[] c = new double[m];
                    for (int r = 0; r < m; r++) {
                        c[r] = linear.get(i)[r] * linear.get(j)[r];
                    }
                    quadratic.add(c);
                }
            }
            seeds.add(basis(quadratic.toArray(new double[0][]), m));
        }
        return seeds;
    }

    /**
     * The factor terms: first the products and quotients of variables and their roots (monomials, ratios, variable
     * groups; up to {@link #FIRST_FACTORS}), the first factors; then the second, the enumerated terms of size 2 and
     * more (up to {@link #SECOND_FACTORS}). Offsets (1 - v/c) and the functions of groups are left out: a product of
     * two groups is a group, and their products are the enumerated terms' business.
     */
    private static Factors factors(TermPool pool) {
        int[] ends = pool.ends();
        int plain = ends[ends.length - 1];
        List<Integer> groups = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < plain; j++) {
            if (isGroup(pool.terms().get(j))) {
                groups.add(j);
            } else if (j >= pool.larger()) {
                others.add(j);
            }
        }
        List<Integer> out = new ArrayList<>(groups.subList(0, Math.min(groups.size(), FIRST_FACTORS)));
        int first = out.size();
        out.addAll(others.subList(0, Math.min(others.size(), SECOND_FACTORS)));
        return new Factors(out.stream().mapToInt(Integer::intValue).toArray(), first);
    }

    /** The factor terms (pool indices), the first factors before the second. */
    private record Factors(int[] terms, int first) {
    }

    /** Whether the term is a product or quotient of variables and their square roots (sqrt(I1 I2), a b / c). */
    private static boolean isGroup(Expr e) {
        return e instanceof Expr.Var || e instanceof Expr.Unary u && u.op() == Op.SQRT && isGroup(u.arg())
                || e instanceof Expr.Binary b && (b.op() == Op.MUL || b.op() == Op.DIV) && isGroup(b.left())
                && isGroup(b.right());
    }

    /**
     * An orthonormal basis (Gram-Schmidt, twice for accuracy) of the constant and the columns, on m rows; columns
     * dependent on earlier ones are left out.
     */
    static double[][] basis(double[][] columns, int m) {
        List<double[]> q = new ArrayList<>();
        double[] one = new double[m];
        Arrays.fill(one, 1 / Math.sqrt(m));
        q.add(one);
        for (double[] c : columns) {
            double scale = Math.sqrt(LeastSquares.dot(c, c));
            double[] v = orthogonal(orthogonal(c, q.toArray(new double[0][])), q.toArray(new double[0][]));
            double norm = Math.sqrt(LeastSquares.dot(v, v));
            if (norm > 1e-9 * scale && Double.isFinite(norm)) {
                q.add(Arrays.stream(v).map(e -> e / norm).toArray());
            }
        }
        return q.toArray(new double[0][]);
    }

    /** v minus its projection on the orthonormal vectors q. */
    static double[] orthogonal(double[] v, double[][] q) {
        double[] out = v.clone();
        for (double[] b : q) {
            double c = LeastSquares.dot(out, b);
            for (int r = 0; r < out.length; r++) {
                out[r] -= c * b[r];
            }
        }
        return out;
    }

    /**
     * The partner j (a second factor, from {@code from} on) whose product with term i best explains the residual rc (orthogonal to the seed's basis q) once
     * term i itself is fitted too (a product g h often comes with g alone: 2 a b + a b sin(c - d)): the partial
     * correlation of g h and rc given the seed and g. An exact product scores 1 however many smooth look-alikes
     * come close. Ties go to the lower j.
     */
    private static void bestPartner(double[][] x, int i, int from, double[][] q, double[] rc, double[] score,
            int[] partner) {
        int m = rc.length;
        double[] g = orthogonal(x[i], q);
        double gg = LeastSquares.dot(g, g);
        double[] rg = rc.clone();
        if (gg > 1e-18 * LeastSquares.dot(x[i], x[i])) {
            double beta = LeastSquares.dot(rc, g) / gg;
            for (int row = 0; row < m; row++) {
                rg[row] -= beta * g[row];
            }
        } else {
            gg = 0;
        }
        double rr = LeastSquares.dot(rg, rg);
        int k = q.length;
        double[] pq = new double[k];
        double best = -1;
        int bestJ = i;
        for (int j = from; j < x.length && rr > 0; j++) {
            Arrays.fill(pq, 0);
            double s2 = 0;
            double sg = 0;
            double sr = 0;
            for (int row = 0; row < m; row++) {
                double p = x[i][row] * x[j][row];
                s2 += p * p;
                sg += p * g[row];
                sr += p * rg[row];
                for (int b = 0; b < k; b++) {
                    pq[b] += p * q[b][row];
                }
            }
            double var = s2 - (gg > 0 ? sg * sg / gg : 0);
            for (int b = 0; b < k; b++) {
                var -= pq[b] * pq[b];
            }
            if (!(var > 1e-12 * s2) || !Double.isFinite(var) || !Double.isFinite(sr)) {
                continue;
            }
            double c = Math.abs(sr) / Math.sqrt(var * rr);
            if (c > best) {
                best = c;
                bestJ = j;
            }
        }
        score[i] = best;
        partner[i] = bestJ;
    }
}
