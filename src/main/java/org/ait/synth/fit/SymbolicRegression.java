package org.ait.synth.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.expr.Simplifier;
import org.ait.synth.expr.StructureEnumerator;
import org.ait.synth.fit.terms.TermRegression;
import org.ait.synth.mdl.DescriptionLength;
import org.ait.synth.mdl.StructurePrior;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Fits symbolic models to data in two phases, every model scored by its description length in bits
 * ({@link DescriptionLength}, structure bits from a {@link StructurePrior}): first the sparse term regression
 * ({@link TermRegression}) proposes large structures built from small terms; then every structure up to a size (each
 * function once, {@link StructureEnumerator}), smallest first, until the maximum size, the time budget, or (after
 * size 4) a model that fits to the noise floor; the result says up to which size every structure was evaluated.
 * Parameters are fitted by least squares (weighted, when weights are given). Models are fitted in parallel, each with
 * a generator seeded by (seed, its index), and collected by index: a search that ends at its maximum size or at an
 * exact fit gives the same result for any number of threads (one cut by time depends on how far the machine got).
 * The state can be checkpointed after each size and resumed ({@link #checkpoint}).
 */
public final class SymbolicRegression {

    /** One fitted model. */
    public record Model(Expr structure, double[] params, double mse, DescriptionLength.Bits bits) {
        /** The model in sympy syntax, simplified where it is free ({@link Simplifier}). */
        public String sympy(List<String> names) {
            return Simplifier.simplify(structure, params).toSympy(names, null);
        }

        /** The model in LaTeX, simplified as {@link #sympy} is. */
        public String latex(List<String> names) {
            return Simplifier.simplify(structure, params).toLatex(names, null);
        }
    }

    /**
     * The search's outcome.
     *
     * @param best          the chosen model: the shortest description among exact laws, or (none being exact) the
     *                      shortest description within the noise of the most accurate
     * @param front         accuracy-complexity Pareto front: for growing size, each model more accurate than all
     *                      smaller ones
     * @param completeSize  every structure of at most this size was evaluated
     * @param evaluated     models fitted
     * @param nextSizeEvaluated structures of size completeSize + 1 fitted before time ran out
     * @param exactLaw      the chosen model is exact: refitted on three rows in four it predicts the fourth to the
     *                      data's precision ({@link ExactFit}); when no model is, the chosen one is the shortest
     *                      description within the noise of the most accurate
     */
    public record Result(Model best, List<Model> front, int completeSize, long evaluated, double seconds,
            long nextSizeEvaluated, TermPhase terms, boolean stoppedAtExactFit, boolean exactLaw) {

        /** What was searched, in words: the exhaustive phase's complete size first, as users rely on it. */
        public String summary() {
            StringBuilder s = new StringBuilder("all structures of size <= " + completeSize + " were evaluated");
            if (nextSizeEvaluated > 0) {
                s.append("; time ran out after ").append(nextSizeEvaluated).append(" structures of size ")
                        .append(completeSize + 1);
            }
            if (stoppedAtExactFit) {
                s.append("; stopped there, as a model fits exactly (held-out rows, to the data's precision)");
            }
            if (terms.proposed() > 0) {
                s.append("; term regression proposed ").append(terms.proposed()).append(" structures from ")
                        .append(terms.terms()).append(" terms (all of size <= ").append(terms.completeSize())
                        .append(", monomials, ratios)");
                if (!terms.complete()) {
                    s.append(", not every form: half the time had passed");
                }
            }
            if (!exactLaw) {
                s.append("; no exact law found: the model is the shortest description within the noise of the most"
                        + " accurate");
            }
            return s.toString();
        }
    }

    /**
     * What the sparse term regression did ({@link TermRegression}).
     *
     * @param terms        parameter-free terms in its pool
     * @param completeSize every distinct term up to this size was in the pool (monomials besides)
     * @param proposed     structures it proposed (each fitted and scored)
     * @param complete     every form was tried (false: half the time budget passed first)
     */
    public record TermPhase(int terms, int completeSize, int proposed, boolean complete) {
    }

    /** Sizes the exhaustive phase always completes before it may stop at an exact fit. */
    static final int MIN_EXHAUSTIVE_SIZE = 4;

    /** Most structures listed in one search (memory: structures share their subtrees). */
    static final long MAX_STRUCTURES = 20_000_000;

    /** Structures fitted between two checks of the time budget. */
    static final int BLOCK = 2048;

    private final List<Op> operators;
    private final StructurePrior prior;
    private int maxSize = 9;
    private double seconds = 60;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double noiseFloor = 1e-9;
    private boolean terms = true;
    private boolean stopAtExactFit = true;
    private java.nio.file.Path checkpointFile;
    private boolean resume;
    private java.util.function.Consumer<String> progress = line -> { };
    private double[] weights;
    private double[][] xSteps;
    private double[] ySteps;

    public SymbolicRegression(List<Op> operators, StructurePrior prior) {
        this.operators = List.copyOf(operators);
        this.prior = prior;
    }

    public SymbolicRegression maxSize(int size) {
        this.maxSize = size;
        return this;
    }

    public SymbolicRegression seconds(double s) {
        this.seconds = s;
        return this;
    }

    public SymbolicRegression seed(long s) {
        this.seed = s;
        return this;
    }

    public SymbolicRegression threads(int t) {
        this.threads = t;
        return this;
    }

    /** Whether the sparse term regression runs before the exhaustive phase (default yes). */
    public SymbolicRegression termRegression(boolean on) {
        this.terms = on;
        return this;
    }

    /**
     * Whether the exhaustive phase may stop, at the end of a size from {@link #MIN_EXHAUSTIVE_SIZE} on, once some
     * model fits to the noise floor (default yes): no later model can describe the data better, only more briefly.
     */
    public SymbolicRegression stopAtExactFit(boolean on) {
        this.stopAtExactFit = on;
        return this;
    }

    /**
     * Writes the search's state to {@code file} after the term phase and after each completed size (atomically),
     * and with {@code resume} starts from the state in it: the sizes it completed are not fitted again, and the
     * result is the one an uninterrupted search would give. A checkpoint of other data or options is refused.
     */
    public SymbolicRegression checkpoint(java.nio.file.Path file, boolean resume) {
        this.checkpointFile = file;
        this.resume = resume;
        return this;
    }

    /**
     * Observation weights (weighted least squares; the likelihood of observation r has variance sigma^2 /
     * weights[r]), scaled here to mean 1; null for equal weights. Each must be finite and non-negative, some
     * positive.
     */
    public SymbolicRegression weights(double[] w) {
        if (w == null) {
            this.weights = null;
            return this;
        }
        double sum = 0;
        for (double v : w) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("weights must be finite and non-negative, got " + v);
            }
            sum += v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights are all zero");
        }
        double mean = sum / w.length;
        this.weights = Arrays.stream(w).map(v -> v / mean).toArray();
        return this;
    }

    /**
     * The precision of every training value as written: one unit of its last digit ({@code xSteps[i][r]} for input i at
     * row r, {@code ySteps[r]} for the target), as {@link org.ait.io.NumericCsv#steps} reads them from a CSV; null
     * for computed data (exact doubles). A model is an exact law only when it predicts held-out rows to this
     * precision ({@link ExactFit}).
     */
    public SymbolicRegression precision(double[][] xSteps, double[] ySteps) {
        this.xSteps = xSteps;
        this.ySteps = ySteps;
        return this;
    }

    /** Receives a line on the search's progress after each phase and each block of structures. */
    public SymbolicRegression progress(java.util.function.Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /** Relative noise floor: the smallest noise believed, as a fraction of the target's RMS. */
    public SymbolicRegression noiseFloor(double relative) {
        this.noiseFloor = relative;
        return this;
    }

    /**
     * @param columns {@code columns[i][r]}: input variable i at observation r
     * @param y       the target at each observation
     */
    public Result fit(double[][] columns, double[] y) throws InterruptedException, java.io.IOException {
        if (weights != null && weights.length != y.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + y.length + " observations");
        }
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int n = y.length;
        double rms = Math.sqrt(Arrays.stream(y).map(v -> v * v).sum() / n);
        double floor = Math.max(noiseFloor * rms, Double.MIN_NORMAL);
        double[][] probes = new double[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            probes[i] = Arrays.copyOf(columns[i], Math.min(n, 32));
        }
        StructureEnumerator structures = new StructureEnumerator(operators, columns.length, probes);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ait-fit");
            t.setDaemon(true);
            return t;
        });
        List<Model> all = new ArrayList<>();
        int complete = 0;
        long index = 0;
        long partial = 0;
        TermPhase termPhase = new TermPhase(0, 0, 0, true);
        boolean stoppedExact = false;
        if (xSteps != null && (xSteps.length != columns.length || ySteps == null || ySteps.length != n)) {
            throw new IllegalArgumentException("precisions given for other data than fitted");
        }
        ExactFit exactness = new ExactFit(columns, y, xSteps, ySteps);
        java.util.Map<Model, Boolean> exactChecked = new java.util.HashMap<>();
        String key = checkpointFile == null ? null : key(columns, y);
        long evaluatedBefore = 0;
        boolean resumed = false;
        if (resume && checkpointFile != null && java.nio.file.Files.exists(checkpointFile)) {
            FitCheckpoint.State state = FitCheckpoint.read(checkpointFile);
            if (!state.key().equals(key)) {
                throw new org.ait.io.InputException(checkpointFile + ": a checkpoint of another search (other data,"
                        + " target or options)");
            }
            all.addAll(state.models());
            complete = state.completeSize();
            index = state.index();
            evaluatedBefore = state.evaluated() - state.models().size();
            termPhase = state.terms();
            resumed = true;
            for (int size = 1; size <= complete; size++) {
                structures.next(Long.MAX_VALUE, MAX_STRUCTURES); // the same structures, not fitted again
            }
            progress.accept("resumed from " + checkpointFile + ": sizes <= " + complete + " done, "
                    + state.evaluated() + " models fitted before");
        }
        try {
            if (terms && !resumed) {
                // Term regression first: its proposals are few and cheap to fit, and reach sizes the exhaustive
                // phase never will. Its models get indices after every possible exhaustive one (seeds differ).
                // At most half the time budget goes to starting its forms (a form started runs to its end).
                TermRegression.Proposals proposals = new TermRegression(operators, threads).propose(columns, y,
                        start + (long) (0.5 * seconds * 1e9));
                List<Future<Model>> futures = new ArrayList<>();
                long id = Long.MAX_VALUE / 2;
                for (TermRegression.Candidate c : proposals.candidates()) {
                    long cid = id++;
                    futures.add(pool.submit(() -> fitOne(c.structure(), columns, y, floor, cid, c.start())));
                }
                collect(futures, all);
                termPhase = new TermPhase(proposals.terms(), proposals.completeSize(), proposals.candidates().size(),
                        proposals.complete());
                progress.accept(String.format(java.util.Locale.ROOT, "term regression: %d structures from %d terms,"
                        + " %.1f s", proposals.candidates().size(), proposals.terms(),
                        (System.nanoTime() - start) / 1e9));
                evaluatedBefore = save(all, key, complete, index, evaluatedBefore, termPhase, floor);
            }
            levels:
            for (int size = complete + 1; size <= maxSize; size++) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                if (stopAtExactFit && complete >= MIN_EXHAUSTIVE_SIZE
                        && all.stream().anyMatch(m -> exact(m, exactness, exactChecked))) {
                    stoppedExact = true;
                    break;
                }
                StructureEnumerator.Level next = structures.next(deadline, MAX_STRUCTURES);
                List<Expr> level = next.structures();
                // Blocks of structures, so that the time budget is checked often; a level cut short by time still
                // contributes the models it fitted, but is not reported complete.
                for (int from = 0; from < level.size(); from += BLOCK) {
                    if (System.nanoTime() > deadline) {
                        partial = from;
                        break levels;
                    }
                    List<Future<Model>> futures = new ArrayList<>();
                    for (Expr e : level.subList(from, Math.min(level.size(), from + BLOCK))) {
                        long id = index++;
                        futures.add(pool.submit(() -> fitOne(e, columns, y, floor, id, null)));
                    }
                    collect(futures, all);
                    progress.accept(String.format(java.util.Locale.ROOT, "size %d: %d/%d structures, %d models,"
                            + " %.1f s", size, Math.min(level.size(), from + BLOCK), level.size(),
                            evaluatedBefore + all.size(), (System.nanoTime() - start) / 1e9));
                }
                if (!next.complete()) {
                    partial = level.size();
                    break;
                }
                complete = size;
                evaluatedBefore = save(all, key, complete, index, evaluatedBefore, termPhase, floor);
            }
        } finally {
            pool.shutdownNow();
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no model could be fitted (too few rows, or no structure finite on the"
                    + " data)");
        }
        // Exact constants: the ten shortest descriptions and the accuracy front get their parameters snapped to
        // integers, fractions and multiples of pi wherever that shortens them.
        List<Model> fittedFront = front(all, floor * floor);
        java.util.Set<Model> toSnap = thatCanMatter(all, fittedFront);
        java.util.Map<Model, Model> snapped = new java.util.HashMap<>();
        for (Model m : toSnap) {
            if (System.nanoTime() > deadline + (long) (0.1 * seconds * 1e9)) {
                break;
            }
            snapped.put(m, ConstantSnapper.snap(m, (e, from) -> fitOne(e, columns, y, floor, -1, from)));
        }
        all.replaceAll(m -> snapped.getOrDefault(m, m));
        // The front is that of the fitted models, each with its constants snapped (snapping may trade a little
        // accuracy for a shorter description, which must not let models the front had beaten back in).
        List<Model> front = front(fittedFront.stream().map(m -> snapped.getOrDefault(m, m)).toList(), floor * floor);
        // The choice: the shortest description among exact laws; without one, the shortest description within the
        // noise of the most accurate (no user calls a six-term approximation an explanation when a shorter model is
        // as good within the noise).
        java.util.Set<Model> candidates = new java.util.LinkedHashSet<>(thatCanMatter(all, front));
        Model best = null;
        for (Model m : candidates) {
            if (exact(m, exactness, exactChecked) && (best == null || m.bits().total() < best.bits().total())) {
                best = m;
            }
        }
        boolean exactLaw = best != null;
        if (!exactLaw) {
            best = shortestWithinNoise(candidates, n);
        }
        return new Result(best, front, complete, evaluatedBefore + all.size(),
                (System.nanoTime() - start) / 1e9, partial,
                termPhase, stoppedExact, exactLaw);
    }

    /** Whether m is an exact law (checked once per model: a refit on three quarters of the rows). */
    private static boolean exact(Model m, ExactFit exactness, java.util.Map<Model, Boolean> checked) {
        if (!exactness.plausible(m.mse())) {
            return false;
        }
        return checked.computeIfAbsent(m, k -> exactness.holds(k.structure(), k.params()));
    }

    /**
     * The shortest description (structure, parameters and residuals) among the models whose error is within the
     * noise of the most accurate one: MSE at most (1 + 2 sqrt(2/n)) times its, two standard errors of a variance
     * estimated from n residuals. Within the band the fewest structure bits alone would be no choice on noisy data:
     * a smooth approximation one node shorter than the law, worse by a fifth of the noise variance and with more
     * parameters, would beat the law it approximates; the description weighs all three.
     */
    static Model shortestWithinNoise(java.util.Collection<Model> models, int n) {
        double least = models.stream().mapToDouble(Model::mse).min().orElseThrow();
        double band = least * (1 + 2 * Math.sqrt(2.0 / n));
        Model best = null;
        for (Model m : models) {
            if (m.mse() <= band && (best == null || m.bits().total() < best.bits().total())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * With a checkpoint file: keeps only the models that can still matter (the front and the ten shortest
     * descriptions) and writes the state. Returns the count of models fitted and no longer held.
     */
    private long save(List<Model> all, String key, int complete, long index, long evaluatedBefore, TermPhase terms,
            double floor) throws java.io.IOException {
        if (checkpointFile == null) {
            return evaluatedBefore;
        }
        java.util.Set<Model> keep = thatCanMatter(all, front(all, floor * floor));
        long dropped = all.size() - keep.size();
        all.removeIf(m -> !keep.contains(m)); // the kept ones stay in their order
        FitCheckpoint.write(checkpointFile, new FitCheckpoint.State(key, complete, index,
                evaluatedBefore + dropped + all.size(), terms, List.copyOf(all)));
        return evaluatedBefore + dropped;
    }

    /**
     * The models the result can still come from: the ten shortest descriptions (the chosen model is one of them,
     * after snapping) and then the front, in that order (the order in which constants are snapped).
     */
    private static java.util.Set<Model> thatCanMatter(List<Model> all, List<Model> front) {
        List<Model> byBits = new ArrayList<>(all);
        byBits.sort((a, b) -> Double.compare(a.bits().total(), b.bits().total()));
        java.util.Set<Model> out = new java.util.LinkedHashSet<>(byBits.subList(0, Math.min(10, byBits.size())));
        out.addAll(front);
        return out;
    }

    /** SHA-256 of the data and of every option that changes the result (not the time budget or threads). */
    private String key(double[][] columns, double[] y) {
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8);
            for (double[] c : columns) {
                for (double v : c) {
                    d.update(b.clear().putDouble(v).array());
                }
            }
            for (double v : y) {
                d.update(b.clear().putDouble(v).array());
            }
            for (double v : weights == null ? new double[0] : weights) {
                d.update(b.clear().putDouble(v).array());
            }
            for (double[] c : xSteps == null ? new double[0][] : xSteps) {
                for (double v : c) {
                    d.update(b.clear().putDouble(v).array());
                }
            }
            for (double v : ySteps == null ? new double[0] : ySteps) {
                d.update(b.clear().putDouble(v).array());
            }
            String options = operators + "|" + prior.name() + "|" + maxSize + "|" + seed + "|" + noiseFloor + "|"
                    + terms + "|" + stopAtExactFit + "|" + columns.length;
            d.update(options.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the fitted models in submission order (so the thread count does not change the order). */
    private static void collect(List<Future<Model>> futures, List<Model> all) throws InterruptedException {
        for (Future<Model> f : futures) {
            try {
                Model m = f.get();
                if (m != null) {
                    all.add(m);
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("fitting failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /** For growing size, each model more accurate than every smaller (or earlier) one. */
    private static List<Model> front(List<Model> all, double floorMse) {
        List<Model> front = new ArrayList<>();
        double bestMse = Double.POSITIVE_INFINITY;
        List<Model> bySize = new ArrayList<>(all);
        bySize.sort(java.util.Comparator.comparingInt(m -> m.structure().size())); // stable: earlier first
        for (Model m : bySize) {
            // Models come by size, in a fixed order: keep each that beats every smaller (or earlier) one.
            // Below the noise floor, smaller errors are rounding, not accuracy.
            double mse = Math.max(m.mse(), floorMse);
            if (mse < bestMse * (1 - 1e-9)) {
                if (!front.isEmpty() && front.get(front.size() - 1).structure().size() == m.structure().size()) {
                    front.remove(front.size() - 1);
                }
                front.add(m);
                bestMse = mse;
            }
        }
        return front;
    }

    private Model fitOne(Expr e, double[][] columns, double[] y, double floor, long id, double[] start) {
        int p = e.parameters();
        if (p >= y.length) {
            return null; // more parameters than the data can determine
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, id});
        boolean started = start != null && start.length == p;
        // A model with start values (from a linear fit) needs fewer random restarts.
        ConstantFitter.Fit f = new ConstantFitter(p == 0 || started ? 1 : 3, 100).weights(weights)
                .fit(e, columns, y, rng, started ? start : null);
        if (!Double.isFinite(f.sse())) {
            return null;
        }
        // Exact numbers (from snapping) are part of the structure's statement.
        DescriptionLength.Bits bits = DescriptionLength.of(prior.bits(e) + ConstantSnapper.numberBits(e), f.sse(),
                y.length, floor,
                DescriptionLength.fisherDiagonal(e, columns, f.params(), weights), f.params());
        return new Model(e, f.params(), f.sse() / y.length, bits);
    }
}
