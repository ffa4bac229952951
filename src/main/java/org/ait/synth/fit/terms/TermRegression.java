package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;

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
 * variables (G m1 m2 / distance^2, U (1 - cos(k d)));</li>
 * <li>y = (a0 + a1 t1 + ...) / (L + b1 s1 + ...), rational laws ({@link RationalForms});</li>
 * <li>y = c t1^a1 ... when y changes sign: integer exponents, factors whose signs give y's (p cos(theta) / r^2);</li>
 * <li>sums (and square roots of sums) holding a product of two pool terms, g h, screened against the residual of
 * the best small sums ({@link Interactions}).</li>
 * </ul>
 * Terms with a constant inside a function, f(c M), join the pool with c found by a scan ({@link ScannedTerms}) and
 * freed as a parameter of every proposal that uses them. Every sum is also proposed with its equal coefficients
 * stated once, c (t1 + t2 - t3) ({@link EqualCoefficients}), and each selection proposes, besides its best sets,
 * the simplest set within the noise of the best: under noise, which of several equivalent sets fits best is chance.
 * Every selected set becomes a structure with parameters (with least-squares start values) that the caller fits
 * and scores by description length like any other candidate: this phase only proposes. Everything here is
 * deterministic (terms are listed to a count, not a time, and parallel loops write per-term slots) unless a
 * deadline stops it before its last form. The pool is {@link TermPool}'s, the selection {@link SubsetSelection}'s,
 * the forms {@link LawForms}'; this class runs them.
 */
public final class TermRegression {

    /** Rows the term phase works on (the first ones): its proposals are fitted to all rows afterwards. */
    static final int POOL_ROWS = 200;

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

    /** As {@link #propose(double[][], double[], long)} without a deadline. */
    Proposals propose(double[][] columns, double[] y) throws InterruptedException {
        return propose(columns, y, Long.MAX_VALUE);
    }

    /**
     * Proposals for the target; no form is started after {@code System.nanoTime()} passes {@code deadlineNanos}
     * (the forms are tried in a fixed order; one cut by time makes the proposals depend on the machine's speed, as
     * a time-limited exhaustive phase does).
     *
     * @param columns {@code columns[i][r]}: variable i at observation r
     * @param y       the target
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
        TermPool pool = TermPool.of(operators, columns, n, ScannedTerms.of(operators, columns, scanTargets(columns, y)));
        List<Candidate> out = new ArrayList<>();
        ForkJoinPool fj = new ForkJoinPool(Math.max(1, threads));
        boolean complete = true;
        try {
            // The forms in a fixed order, cheapest first.
            for (LawForms.Task t : new LawForms(operators).tasks(pool, columns, y, out, fj)) {
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
        List<Candidate> proposals = unique.values().stream().map(ScannedTerms::freeConstants)
                .filter(java.util.Objects::nonNull).toList();
        return new Proposals(proposals, pool.terms().size(), pool.completeSize(), complete);
    }

    /**
     * The targets a term with a constant inside is scanned against: y, 1/y, and y over (and under) each power-law
     * factor of y, where the sum, reciprocal and factored forms look for it.
     */
    private List<double[]> scanTargets(double[][] columns, double[] y) {
        List<double[]> targets = new ArrayList<>();
        targets.add(y);
        if (Arrays.stream(y).allMatch(v -> v != 0)) {
            targets.add(Arrays.stream(y).map(v -> 1 / v).toArray());
            for (Expr factor : new LawForms(operators).powerFactors(columns, y)) {
                double[] f = new double[y.length];
                factor.evaluate(columns, null, f);
                double[] q = new double[y.length];
                double[] inverse = new double[y.length];
                for (int r = 0; r < y.length; r++) {
                    q[r] = y[r] / f[r];
                    inverse[r] = f[r] / y[r];
                }
                targets.add(q);
                targets.add(inverse);
            }
        }
        targets.removeIf(t -> !Arrays.stream(t).allMatch(Double::isFinite));
        return targets;
    }
}
