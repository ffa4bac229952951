package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Chooses term sets for a target from standardized terms: a beam forward selection (each step adds the terms that
 * most reduce the residual sum of squares, all coefficients refitted) and an exhaustive best-subset search among the
 * best single terms, in nested pools (small terms alone, then more). Each number of terms gives its best few sets
 * and the simplest set within the noise of the best. Deterministic for any thread count.
 */
final class SubsetSelection {

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

    /** For k = 2, 3, ...: how many of the best single terms the exhaustive subset search takes them from. */
    static final int[] SUBSET_POOL = {0, 0, 48, 40, 24, 18, 14};

    /** Term sets proposed per selection and number of terms: the lowest residuals. */
    static final int PROPOSED_PER_SIZE = 3;

    /** Subsets kept per number of terms. */
    static final int SUBSETS_KEPT = 3;

    private SubsetSelection() {
    }

    /**
     * Selections from each nested prefix of the pool: with few rows, a large pool always holds some odd term that
     * fits better than the right small one, so the small pools (where x, x*x and x*x*x are the best there is) are
     * searched on their own too.
     */
    static List<int[]> selectNested(double[][] z, int[] sizes, int[] ends, double[] target,
            ForkJoinPool fj) throws InterruptedException {
        return selectNested(z, sizes, ends, target, null, fj);
    }

    /**
     * As {@link #selectNested(double[][], int[], int[], double[], ForkJoinPool)} for a weighted problem: rows scaled
     * by {@code sqrtWeights} (null: unweighted), z standardized with the same weights
     * ({@link LeastSquares#standardizedAll(double[][], double[])}).
     */
    static List<int[]> selectNested(double[][] z, int[] sizes, int[] ends, double[] target, double[] sqrtWeights,
            ForkJoinPool fj) throws InterruptedException {
        target = Arrays.copyOf(target, Math.min(target.length, SELECTION_ROWS));
        List<int[]> out = new ArrayList<>();
        for (int end : ends) {
            out.addAll(select(Arrays.copyOf(z, end), sizes, target, sqrtWeights, fj, true));
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
    static List<int[]> select(double[][] z, int[] sizes, double[] target, ForkJoinPool fj)
            throws InterruptedException {
        return select(z, sizes, target, null, fj, true);
    }

    /** As {@link #select(double[][], int[], double[], ForkJoinPool)} for a weighted problem (see selectNested). */
    static List<int[]> select(double[][] z, int[] sizes, double[] target, double[] sqrtWeights, ForkJoinPool fj)
            throws InterruptedException {
        return select(z, sizes, target, sqrtWeights, fj, true);
    }

    /**
     * The beam forward selection alone, without the exhaustive subset search: for the many small selections of the
     * interaction forms, where that search would cost the most.
     */
    static List<int[]> selectForward(double[][] z, int[] sizes, double[] target, ForkJoinPool fj)
            throws InterruptedException {
        return select(z, sizes, target, null, fj, false);
    }

    private static List<int[]> select(double[][] z, int[] sizes, double[] target, double[] sqrtWeights,
            ForkJoinPool fj, boolean subsets) throws InterruptedException {
        int n = target.length;
        double[] r0 = new double[n];
        if (sqrtWeights == null) {
            double mean = Arrays.stream(target).sum() / n;
            for (int r = 0; r < n; r++) {
                r0[r] = target[r] - mean;
            }
        } else {
            double[] scaled = new double[n];
            for (int r = 0; r < n; r++) {
                scaled[r] = sqrtWeights[r] * target[r];
            }
            r0 = LeastSquares.centredWeighted(scaled, sqrtWeights);
        }
        double rss0 = 0;
        for (int r = 0; r < n; r++) {
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
                if (step == 0 && subsets) {
                    for (int[] set : bestSubsets(z, sizes, gain, r0, rss0, terms)) {
                        note(found, set, LeastSquares.rss(z, set, r0));
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
            int[] simplest = simplestWithinNoise(sets, sizes, rss0, n);
            if (out.stream().noneMatch(set -> Arrays.equals(set, simplest))) {
                out.add(simplest);
            }
        }
        return out;
    }

    /** The set of least total term size among those within the noise of the best (the best first if none less). */
    private static int[] simplestWithinNoise(java.util.TreeMap<Double, int[]> sets, int[] sizes, double rss0, int n) {
        double best = sets.firstKey();
        int[] simplest = sets.firstEntry().getValue();
        int least = Arrays.stream(simplest).map(j -> sizes[j]).sum();
        for (java.util.Map.Entry<Double, int[]> e : sets.entrySet()) {
            if (!withinNoise(e.getKey(), best, rss0, n)) {
                break;
            }
            int total = Arrays.stream(e.getValue()).map(j -> sizes[j]).sum();
            if (total < least) {
                least = total;
                simplest = e.getValue();
            }
        }
        return simplest;
    }

    /** Records a set under its number of terms (the first set of an equal residual kept). */
    private static void note(java.util.Map<Integer, java.util.TreeMap<Double, int[]>> found, int[] set, double rss) {
        found.computeIfAbsent(set.length, k -> new java.util.TreeMap<>()).putIfAbsent(rss, set);
    }

    /**
     * Best subsets among the best single terms: for k = 2..maxTerms, every k of the {@link #SUBSET_POOL}[k] terms
     * that alone explain most, scored by the residual sum of squares of their joint least-squares fit (from their
     * Gram matrix). Forward selection commits to its first term; when the law is a sum of similar parts (three
     * squared differences) the best first term is often a proxy for several (x1 + z1), and only a joint search
     * finds the parts.
     */
    private static List<int[]> bestSubsets(double[][] z, int[] sizes, double[] singleGain, double[] r0,
            double rss0, int maxTerms) {
        List<int[]> out = new ArrayList<>();
        int l = Math.min(SUBSET_POOL[2], (int) Arrays.stream(singleGain).filter(g -> g >= 0).count());
        int[] best = top(singleGain, l);
        double[][] gram = new double[l][l];
        double[] b = new double[l];
        for (int i = 0; i < l; i++) {
            b[i] = LeastSquares.dot(z[best[i]], r0);
            for (int j = 0; j <= i; j++) {
                gram[i][j] = gram[j][i] = LeastSquares.dot(z[best[i]], z[best[j]]);
            }
        }
        for (int k = 2; k <= Math.min(maxTerms, SUBSET_POOL.length - 1); k++) {
            int m = Math.min(l, SUBSET_POOL[k]);
            if (m < k) {
                break;
            }
            // Keep the SUBSETS_KEPT largest explained sums of squares, ties to the first found; and per total term
            // size the largest, for the simplest set within the noise of the best.
            double[] keptGain = new double[SUBSETS_KEPT];
            int[][] kept = new int[SUBSETS_KEPT][];
            Arrays.fill(keptGain, -1);
            double[] gainOfSize = new double[k * 16 + 1];
            int[][] ofSize = new int[gainOfSize.length][];
            Arrays.fill(gainOfSize, -1);
            int[] idx = new int[k];
            for (int i = 0; i < k; i++) {
                idx[i] = i;
            }
            while (true) {
                double g = LeastSquares.explained(gram, b, idx);
                int total = sizeOf(idx, best, sizes);
                if (g > gainOfSize[total]) {
                    gainOfSize[total] = g;
                    ofSize[total] = idx.clone();
                }
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
            double rssBest = rss0 - keptGain[0];
            for (int total = 0; kept[0] != null && total < ofSize.length; total++) {
                if (ofSize[total] != null && withinNoise(rss0 - gainOfSize[total], rssBest, rss0, r0.length)) {
                    if (total < sizeOf(kept[0], best, sizes)) {
                        out.add(Arrays.stream(ofSize[total]).map(i -> best[i]).toArray());
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether a residual sum of squares is within the noise of the best one: at most 1 + 2 sqrt(2/n) times it (two
     * standard errors of a variance estimated from n residuals), or equal to it to rounding when that is exact.
     * Sets that fit equally well are common (a^2 + b^2 = (a - b)^2 + 2ab); which of them fits the noise best is
     * chance, and only the simplest reads as the law.
     */
    static boolean withinNoise(double rss, double best, double rss0, int n) {
        return rss <= best * (1 + 2 * Math.sqrt(2.0 / n)) + 1e-12 * rss0;
    }

    /** Total size of the terms of a set given by positions in {@code best} (large sizes counted as 16). */
    private static int sizeOf(int[] set, int[] best, int[] sizes) {
        int total = 0;
        for (int i : set) {
            total += Math.min(sizes[best[i]], 16);
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
                    double p = LeastSquares.dot(newest, t);
                    e += p * p;
                }
                explained[j] = e;
                double rest = 1 - e;
                // Nearly inside the span of the chosen terms: adding it would only fit rounding errors.
                if (in[j] || rest < 1e-9) {
                    gain[j] = -1;
                    return;
                }
                double c = LeastSquares.dot(s.residual, t);
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
            double p = LeastSquares.dot(b, z[j]);
            for (int r = 0; r < n; r++) {
                q[r] -= p * b[r];
            }
        }
        double norm = Math.sqrt(LeastSquares.dot(q, q));
        for (int r = 0; r < n; r++) {
            q[r] /= norm;
        }
        double c = LeastSquares.dot(s.residual, q);
        double[] residual = s.residual.clone();
        for (int r = 0; r < n; r++) {
            residual[r] -= c * q[r];
        }
        double[][] basis = Arrays.copyOf(s.basis, s.basis.length + 1);
        basis[basis.length - 1] = q;
        int[] set = Arrays.copyOf(s.set, s.set.length + 1);
        set[set.length - 1] = j;
        return new State(set, basis, residual, LeastSquares.dot(residual, residual), s.explained);
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
}
