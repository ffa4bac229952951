package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;

/**
 * Terms with a constant inside a function: f(c M) for f = sin, cos, exp and M a product of a few variables each to the
 * power 1 or -1 (sin(2 pi E t / h), exp(-h omega / (2 pi kb T))). The enumeration reaches such terms only with the
 * constant as a parameter of a large structure; here c is found by a one-dimensional scan per (f, M): the c whose
 * f(c M) correlates best with a target (y, 1/y, or y over a power-law factor, where the law's other forms put such a
 * term), refined by golden-section search. The best few join the term pool with c written as a marked number; {@link
 * #freeConstants} turns the marks into parameters of the proposals, so the caller's fit refines c with the rest.
 */
final class ScannedTerms {

    /** Text of a scanned constant's number (never printed: proposals turn it into a parameter). */
    static final String MARK = "c~";

    /** Terms kept per target: the best correlations. */
    static final int PER_TARGET = 4;

    /** Scanned constants one proposal may hold: proposals with more are dropped (slow to fit, rarely a law). */
    static final int MOST_PER_PROPOSAL = 1;

    /** Rows the scan works on. */
    static final int ROWS = 100;

    /** Work budget of the scan in function evaluations (bounds its time whatever the number of variables). */
    static final double BUDGET = 2e8;

    /** Scale-free constants scanned for sin and cos (c times the RMS of M), and for exp (each sign). */
    private static final double[] PERIODIC = grid(0.05, 40, 0.05);
    private static final double[] GROWTH = logGrid(0.02, 12, 80);

    private ScannedTerms() {
    }

    /** Terms (one, or sin and cos of the same argument) and how well they fit a target (1 = exactly, linearly). */
    private record Scored(List<Expr> terms, double correlation) {
    }

    /**
     * What is scanned: f(c M) for one function, or sin(c M) and cos(c M) together (a phase: cos(c M + d) is a sum of
     * both with one c, so the pair is scored by the multiple correlation and enters the pool with one constant).
     */
    private record Family(List<Op> functions, double[] grid, boolean signed) {
    }

    /**
     * The scanned terms for these targets (each with its best {@link #PER_TARGET}), in a fixed order: deterministic.
     *
     * @param columns {@code columns[i][r]}: variable i at observation r
     * @param targets transformed targets (finite)
     */
    static List<Expr> of(List<Op> operators, double[][] columns, List<double[]> targets) {
        List<Family> families = families(operators);
        List<Expr> out = new ArrayList<>();
        if (families.isEmpty() || !operators.contains(Op.MUL) || targets.isEmpty()) {
            return out;
        }
        int n = Math.min(ROWS, columns.length == 0 ? 0 : columns[0].length);
        List<Expr> groups = groups(operators, columns.length);
        double perGroup = (double) targets.size() * n
                * families.stream().mapToDouble(f -> f.functions().size() * f.grid().length * (f.signed() ? 2 : 1))
                        .sum();
        int most = (int) Math.min(groups.size(), Math.max(columns.length, BUDGET / perGroup));
        double[][] cols = Arrays.stream(columns).map(c -> Arrays.copyOf(c, n)).toArray(double[][]::new);
        for (double[] target : targets) {
            double[] t = centred(Arrays.copyOf(target, n));
            if (t == null) {
                continue;
            }
            List<Scored> scored = new ArrayList<>();
            for (Expr m : groups.subList(0, most)) {
                double[] u = new double[n];
                m.evaluate(cols, null, u);
                double rms = Math.sqrt(Arrays.stream(u).map(v -> v * v).sum() / n);
                if (!(rms > 0) || !Double.isFinite(rms)) {
                    continue;
                }
                for (Family f : families) {
                    Scored s = scan(f, m, u, rms, t);
                    if (s != null) {
                        scored.add(s);
                    }
                }
            }
            // Stable sort: equal correlations keep the fixed order of groups and families.
            scored.sort((a, b) -> Double.compare(b.correlation(), a.correlation()));
            for (Scored s : scored.subList(0, Math.min(PER_TARGET, scored.size()))) {
                for (Expr term : s.terms()) {
                    if (!out.contains(term)) {
                        out.add(term);
                    }
                }
            }
        }
        return out;
    }

    /** exp (either sign of c); sin and cos as a pair when both are operators, else whichever is. */
    private static List<Family> families(List<Op> operators) {
        List<Family> families = new ArrayList<>();
        if (operators.contains(Op.EXP)) {
            families.add(new Family(List.of(Op.EXP), GROWTH, true));
        }
        if (operators.contains(Op.SIN) && operators.contains(Op.COS)) {
            families.add(new Family(List.of(Op.SIN, Op.COS), PERIODIC, false));
        } else if (operators.contains(Op.SIN) || operators.contains(Op.COS)) {
            families.add(new Family(List.of(operators.contains(Op.SIN) ? Op.SIN : Op.COS), PERIODIC, false));
        }
        return families;
    }

    /** The best c over the family's grid, refined; null when no c gives finite, varying values. */
    private static Scored scan(Family family, Expr m, double[] u, double rms, double[] t) {
        double[] grid = family.grid();
        double bestC = Double.NaN;
        double best = -1;
        double[][] v = new double[family.functions().size()][u.length];
        for (int sign = 1; sign >= (family.signed() ? -1 : 1); sign -= 2) {
            for (double g : grid) {
                double c = sign * g / rms;
                double r = correlation(family, c, u, t, v);
                if (r > best) {
                    best = r;
                    bestC = c;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        // Golden-section search around the best grid point (one grid step either side, relative for a log grid).
        double step = family.signed() ? Math.abs(bestC) * (grid[1] / grid[0] - 1) : (grid[1] - grid[0]) / rms;
        double a = bestC - step;
        double b = bestC + step;
        double phi = (Math.sqrt(5) - 1) / 2;
        double x1 = b - phi * (b - a);
        double x2 = a + phi * (b - a);
        double f1 = correlation(family, x1, u, t, v);
        double f2 = correlation(family, x2, u, t, v);
        for (int it = 0; it < 60; it++) {
            if (f1 >= f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - phi * (b - a);
                f1 = correlation(family, x1, u, t, v);
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + phi * (b - a);
                f2 = correlation(family, x2, u, t, v);
            }
        }
        double c = f1 >= f2 ? x1 : x2;
        double r = Math.max(f1, f2);
        if (r < best) {
            c = bestC;
            r = best;
        }
        List<Expr> terms = new ArrayList<>();
        for (Op f : family.functions()) {
            terms.add(new Expr.Unary(f, new Expr.Binary(Op.MUL, new Expr.Num(c, MARK), m)));
        }
        return new Scored(terms, r);
    }

    /**
     * Multiple correlation of the family's functions of c u with the centred unit target t (|correlation| for one
     * function); -1 when a value is not finite or the functions are constant or dependent.
     */
    private static double correlation(Family family, double c, double[] u, double[] t, double[][] v) {
        int k = v.length;
        int n = u.length;
        double[] tv = new double[k];
        double[][] gram = new double[k][k];
        for (int j = 0; j < k; j++) {
            Op f = family.functions().get(j);
            double mean = 0;
            for (int r = 0; r < n; r++) {
                v[j][r] = f.apply(c * u[r]);
                if (!Double.isFinite(v[j][r])) {
                    return -1;
                }
                mean += v[j][r];
            }
            mean /= n;
            for (int r = 0; r < n; r++) {
                v[j][r] -= mean;
            }
        }
        for (int j = 0; j < k; j++) {
            for (int i = 0; i <= j; i++) {
                double g = 0;
                for (int r = 0; r < n; r++) {
                    g += v[i][r] * v[j][r];
                }
                gram[i][j] = g;
                gram[j][i] = g;
            }
            double d = 0;
            for (int r = 0; r < n; r++) {
                d += v[j][r] * t[r];
            }
            tv[j] = d;
        }
        if (k == 1) {
            if (!(gram[0][0] > 1e-24 * n)) {
                return -1;
            }
            return Math.abs(tv[0]) / Math.sqrt(gram[0][0]);
        }
        // Two functions: the squared norm of t's projection on their span, by the 2x2 inverse.
        double det = gram[0][0] * gram[1][1] - gram[0][1] * gram[0][1];
        if (!(det > 1e-12 * gram[0][0] * gram[1][1]) || !(gram[0][0] > 1e-24 * n) || !(gram[1][1] > 1e-24 * n)) {
            return -1;
        }
        double explained = (tv[0] * tv[0] * gram[1][1] - 2 * tv[0] * tv[1] * gram[0][1] + tv[1] * tv[1] * gram[0][0])
                / det;
        return Math.sqrt(Math.max(0, Math.min(1, explained)));
    }

    /** t centred and scaled to unit norm; null when constant or not finite. */
    private static double[] centred(double[] t) {
        double mean = Arrays.stream(t).sum() / t.length;
        double[] c = Arrays.stream(t).map(x -> x - mean).toArray();
        double norm = Math.sqrt(Arrays.stream(c).map(x -> x * x).sum());
        if (!(norm > 0) || !Double.isFinite(norm)) {
            return null;
        }
        return Arrays.stream(c).map(x -> x / norm).toArray();
    }

    /**
     * Products of one to three variables (four for up to five variables, two beyond six), each to the power 1 or -1,
     * fewer variables first.
     */
    static List<Expr> groups(List<Op> operators, int variables) {
        int most = variables <= 5 ? 4 : variables <= 6 ? 3 : 2;
        boolean quotients = operators.contains(Op.DIV);
        List<Expr> out = new ArrayList<>();
        for (int size = 1; size <= Math.min(most, variables); size++) {
            addGroups(new int[variables], 0, 0, size, quotients, out);
        }
        return out;
    }

    private static void addGroups(int[] e, int from, int used, int size, boolean quotients, List<Expr> out) {
        if (used == size) {
            out.add(Products.powerOfVariables(e));
            return;
        }
        for (int i = from; i < e.length; i++) {
            for (int sign : quotients ? new int[] {1, -1} : new int[] {1}) {
                e[i] = sign;
                addGroups(e, i + 1, used + 1, size, quotients, out);
                e[i] = 0;
            }
        }
    }

    /**
     * The proposal with each scanned constant turned into a parameter after its own (numbered in order of
     * appearance), its start value the scanned one; null when it holds more than {@link #MOST_PER_PROPOSAL}.
     */
    static TermRegression.Candidate freeConstants(TermRegression.Candidate c) {
        if (c == null) {
            return null;
        }
        List<Double> start = new ArrayList<>();
        for (double v : c.start()) {
            start.add(v);
        }
        Expr e = free(c.structure(), start, c.start().length);
        if (start.size() == c.start().length) {
            return c;
        }
        if (start.size() - c.start().length > MOST_PER_PROPOSAL) {
            return null;
        }
        return new TermRegression.Candidate(e, start.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Expr free(Expr e, List<Double> start, int firstNew) {
        if (e instanceof Expr.Num num && MARK.equals(num.text())) {
            // sin(c M) and cos(c M) of one scan share c: one parameter.
            int slot = start.lastIndexOf(num.value());
            if (slot < 0 || slot < firstNew) {
                start.add(num.value());
                slot = start.size() - 1;
            }
            return new Expr.Param(slot);
        }
        if (e instanceof Expr.Unary u) {
            Expr a = free(u.arg(), start, firstNew);
            return a == u.arg() ? u : new Expr.Unary(u.op(), a);
        }
        if (e instanceof Expr.Binary b) {
            Expr l = free(b.left(), start, firstNew);
            Expr r = free(b.right(), start, firstNew);
            return l == b.left() && r == b.right() ? b : new Expr.Binary(b.op(), l, r);
        }
        return e;
    }

    private static double[] grid(double from, double to, double step) {
        int k = (int) Math.round((to - from) / step) + 1;
        double[] g = new double[k];
        for (int i = 0; i < k; i++) {
            g[i] = from + i * step;
        }
        return g;
    }

    private static double[] logGrid(double from, double to, int points) {
        double[] g = new double[points];
        for (int i = 0; i < points; i++) {
            g[i] = from * Math.pow(to / from, i / (points - 1.0));
        }
        return g;
    }
}
