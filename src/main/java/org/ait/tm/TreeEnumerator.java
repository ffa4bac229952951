package org.ait.tm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ait.io.InputException;
import org.ait.tm.internal.Checkpoint;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.TreeWalker;
import org.ait.tm.internal.WitnessUnfolding;
import org.ait.tm.internal.Walker1D;
import org.ait.tm.internal.Walker2D;

/**
 * Exact output distribution of every machine of a space, by weighted tree enumeration (formalism §2).
 *
 * <p>The top of the tree is walked once, down to a fixed split depth chosen from the space alone; the
 * subtrees below it are expanded on worker threads and their exact integer sums merged, so the result does not
 * depend on the number of threads or on the order in which subtrees finish. Finished subtrees are checkpointed;
 * a resumed build skips them and ends with the same sums.
 */
public final class TreeEnumerator {

    /** The split depth is the smallest that yields at least this many subtrees (independent of threads). */
    static final int MIN_SUBTREES = 4096;
    /**
     * Longest cutoff accepted: each worker keeps, per tree level, a tape of twice this length, and 64 cells of
     * record history per cell (about 26 MB per worker at the limit).
     */
    public static final int MAX_STEPS_LIMIT = 100_000;
    /** Longest cutoff for 2D machines: each worker keeps a grid of (2 * cutoff + 3)^2 cells, twice. */
    public static final int MAX_STEPS_LIMIT_2D = 4_000;

    private final MachineSpace space;
    private final int maxSteps;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path checkpoint;
    private boolean resume;
    private long checkpointIntervalNanos = 30_000_000_000L;
    private ProgressListener listener = ProgressListener.NONE;
    private int maxOutputSide = Integer.MAX_VALUE;
    private long samples;
    private long seed;
    private int maxOutputLength = Integer.MAX_VALUE;
    private int[] splitAt = new int[0];
    private int splitFactor = 1;
    private boolean witnesses = true;
    /** Machines drawn per batch of a sampled build; batches are the unit of parallel work and of checkpoints. */
    static final int SAMPLE_BATCH = 1 << 18;

    public TreeEnumerator(MachineSpace space, int maxSteps) {
        int limit = space.dim() == 1 ? MAX_STEPS_LIMIT : MAX_STEPS_LIMIT_2D;
        if (maxSteps < 1 || maxSteps > limit) {
            throw new IllegalArgumentException("max steps must be between 1 and " + limit + ", got " + maxSteps);
        }
        this.space = space;
        this.maxSteps = maxSteps;
    }

    public TreeEnumerator threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** Where finished subtrees are recorded; null for no checkpoint. */
    public TreeEnumerator checkpoint(Path file, boolean resume) {
        this.checkpoint = file;
        this.resume = resume;
        return this;
    }

    public TreeEnumerator checkpointInterval(long millis) {
        this.checkpointIntervalNanos = millis * 1_000_000L;
        return this;
    }

    /**
     * 2D only: outputs with a side longer than this still count as halting (in H0) but are not recorded, which
     * bounds the table (and memory) for long cutoffs. Default: every output is recorded.
     */
    public TreeEnumerator maxOutputSide(int side) {
        if (side < 1) {
            throw new IllegalArgumentException("max output side must be at least 1, got " + side);
        }
        if (space.dim() != 2) {
            throw new IllegalArgumentException("max output side applies to 2D machines");
        }
        this.maxOutputSide = side;
        return this;
    }

    /**
     * Instead of enumerating every machine, draw {@code samples} machines uniformly at random (1D only), in batches
     * of {@value #SAMPLE_BATCH}, batch i from a generator seeded with (seed, i): the counts are then numbers of
     * draws, the same for any thread count and after a resume.
     */
    public TreeEnumerator sample(long samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("sample size must be at least 1, got " + samples);
        }
        if (space.dim() != 1) {
            throw new IllegalArgumentException("sampled builds are available for 1D machines");
        }
        if ((samples + SAMPLE_BATCH - 1) / SAMPLE_BATCH > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sample size " + samples + " is too large");
        }
        this.samples = samples;
        this.seed = seed;
        return this;
    }

    /**
     * Sampled builds: multilevel splitting. A draw whose run reaches a branch point with a visited segment of at
     * least {@code at[j]} cells (after j splits) continues as {@code factor} independent copies, each weighing
     * 1/factor: long outputs are then seen up to factor^at.length times more often, counts stay unbiased, and
     * every count is in units of 1/factor^at.length of a draw.
     */
    public TreeEnumerator split(int[] at, int factor) {
        if (samples == 0) {
            throw new IllegalArgumentException("splitting applies to sampled builds");
        }
        if (at.length > 0 && (factor < 2 || factor > 64)) {
            throw new IllegalArgumentException("split factor must be between 2 and 64, got " + factor);
        }
        if (at.length > 8) {
            throw new IllegalArgumentException("at most 8 split levels, got " + at.length);
        }
        for (int j = 0; j < at.length; j++) {
            if (at[j] < 2 || at[j] > 255 || (j > 0 && at[j] < at[j - 1])) {
                throw new IllegalArgumentException("split lengths must be non-decreasing, between 2 and 255: "
                        + java.util.Arrays.toString(at));
            }
        }
        double unit = Math.pow(factor, at.length);
        if (unit * unit * samples > 4e18) {
            throw new IllegalArgumentException("split factor^levels = " + (long) unit + " is too large for "
                    + samples + " draws (sums of squares would overflow)");
        }
        this.splitAt = at.clone();
        this.splitFactor = at.length == 0 ? 1 : factor;
        return this;
    }

    /** Units per draw of a sampled build: splitFactor^levels (1 without splitting). */
    private long unit() {
        long u = 1;
        for (int j = 0; j < splitAt.length; j++) {
            u *= splitFactor;
        }
        return u;
    }

    /**
     * The split schedule as one number for checkpoint keys (0 without splitting): a polynomial hash of the factor,
     * the number of levels and each length, so that no part is shifted out however many levels there are.
     */
    private long splitKey() {
        if (splitAt.length == 0) {
            return 0;
        }
        long key = splitFactor * 1_000_003L + splitAt.length;
        for (int at : splitAt) {
            key = key * 1_000_003L + at;
        }
        return key == 0 ? 1 : key;
    }

    /** Sampled builds: outputs longer than this count as halting (in H0) but are not recorded. */
    public TreeEnumerator maxOutputLength(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("max output length must be at least 1, got " + length);
        }
        this.maxOutputLength = length;
        return this;
    }

    /**
     * Whether to keep, for every output pattern, its least witness machine ({@link Witnesses}); on by default, and
     * only possible for exhaustive binary builds whose machines fit in a {@link MachineCode} (other builds have none).
     */
    public TreeEnumerator witnesses(boolean keep) {
        this.witnesses = keep;
        return this;
    }

    /** Whether this build keeps witnesses. */
    private boolean witnessed() {
        return witnesses && samples == 0 && space.symbols() == 2 && MachineCode.fits(space);
    }

    public TreeEnumerator listener(ProgressListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Runs the enumeration.
     *
     * @throws InputException   on a checkpoint that exists without resume, is damaged, or belongs to another build
     * @throws IOException      on a checkpoint that cannot be read or written
     * @throws BuildInterruptedException when the listener stopped the build
     */
    public EnumerationResult run() throws IOException {
        if (samples == 0 && !space.fitsInLong()) {
            throw new InputException("the space " + space + " has " + space.size()
                    + " machines, more than exact 64-bit counts can hold");
        }
        if (splitAt.length > 0 && maxOutputLength > OutputCodec.maxPackedLength(space.symbols())) {
            throw new InputException("split sampling needs a max output length of at most "
                    + OutputCodec.maxPackedLength(space.symbols()) + " for " + space.symbols() + " symbols");
        }
        if (samples > 0) {
            long start = System.nanoTime();
            int batches = (int) ((samples + SAMPLE_BATCH - 1) / SAMPLE_BATCH);
            List<Integer> items = new ArrayList<>(batches);
            for (int b = 0; b < batches; b++) {
                items.add(b);
            }
            return run(() -> new BatchSampler(), new Top<>(-1, new Partial(false), items), start);
        }
        if (space.dim() == 1) {
            long start = System.nanoTime();
            return run(() -> new Walker1D(space, maxSteps), walkTop(new Walker1D(space, maxSteps)), start);
        }
        long start = System.nanoTime();
        return run(() -> new Walker2D(space, maxSteps, maxOutputSide),
                walkTop(new Walker2D(space, maxSteps, maxOutputSide)), start);
    }

    /** Runs batch b of a sampled build: {@link #SAMPLE_BATCH} draws (fewer in the last batch). */
    private final class BatchSampler implements TreeWalker<Integer> {
        private final Walker1D walker = new Walker1D(space, maxSteps);

        @Override
        public void walkRoot(Partial into, int splitDepth, List<Integer> frontier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void walk(Integer batch, Partial into) {
            long count = Math.min(SAMPLE_BATCH, samples - (long) batch * SAMPLE_BATCH);
            walker.sample(into, org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(
                    new long[] {seed, batch}), count, maxOutputLength, splitAt, splitFactor);
        }
    }

    private <T> EnumerationResult run(java.util.function.Supplier<TreeWalker<T>> walkers, Top<T> top, long start)
            throws IOException {
        int depth = top.depth();
        List<T> subtrees = top.subtrees();
        Partial total = top.sums();
        Checkpoint.Key key = new Checkpoint.Key(space.dim(), space.states(), space.symbols(), maxSteps,
                samples > 0 ? (maxOutputLength == Integer.MAX_VALUE ? 0 : maxOutputLength) : maxOutputSide, depth,
                subtrees.size(), seed, samples, splitKey());

        Partial finished = new Partial(witnessed());
        BitSet completed = new BitSet(subtrees.size());
        long priorElapsed = 0;
        if (checkpoint != null && Files.exists(checkpoint)) {
            if (!resume) {
                throw new InputException("checkpoint " + checkpoint + " exists: pass --resume to continue that build,"
                        + " or delete the file to start over");
            }
            Checkpoint c = Checkpoint.read(checkpoint);
            if (!c.key.equals(key)) {
                throw new InputException("checkpoint " + checkpoint + " belongs to another build (" + c.key + ")");
            }
            finished = c.sums;
            completed = c.completed;
            priorElapsed = c.elapsedNanos;
            if (!witnessed()) {
                finished.witnesses = null;
                finished.longWitnesses = null;
            }
        }
        // A checkpoint without witnesses (written by a build without them, or by an older ait) resumes without.
        boolean witnessed = finished.witnesses != null;

        int[] todo = new int[subtrees.size() - completed.cardinality()];
        for (int i = 0, j = 0; i < subtrees.size(); i++) {
            if (!completed.get(i)) {
                todo[j++] = i;
            }
        }
        runSubtrees(walkers, subtrees, todo, finished, completed, key, start, priorElapsed, witnessed);

        total.merge(finished);
        Witnesses found = total.witnesses == null ? null : WitnessUnfolding.of(total, space);
        if (samples == 0) {
            total = space.dim() == 1 ? total.unfold(space.symbols()) : total.unfoldRotations(space.symbols());
        }
        long elapsed = priorElapsed + System.nanoTime() - start;
        long size = samples > 0 ? Math.multiplyExact(samples, unit()) : space.size().longValueExact();
        if (total.totalWeight() != size) {
            throw new IllegalStateException("leaf weights add up to " + total.totalWeight() + ", not "
                    + (samples > 0 ? "the sample size (in units) " : "the space size ") + size
                    + ": the enumeration is wrong");
        }
        return new EnumerationResult(space, maxSteps, total.counts, total.longCounts, total.halting,
                total.provedNonHalting, total.cutOff, total.nodes, total.steps, subtrees.size(), threads, elapsed,
                space.dim() == 2 && maxOutputSide != Integer.MAX_VALUE ? maxOutputSide
                        : samples > 0 && maxOutputLength != Integer.MAX_VALUE ? maxOutputLength : 0, samples, seed,
                unit(), splitAt.clone(), splitFactor, total.squareExcess, found);
    }

    /** The top of the tree walked down to the split depth: the sums of its leaves and the subtrees below. */
    private record Top<T>(int depth, Partial sums, List<T> subtrees) {
    }

    /**
     * Walks the top of the tree at depths 1, 2, ... and keeps the first walk that yields at least
     * {@link #MIN_SUBTREES} subtrees (or, for small spaces, the one with the most).
     */
    private <T> Top<T> walkTop(TreeWalker<T> walker) {
        Top<T> best = null;
        for (int d = 1; d <= space.transitions(); d++) {
            Top<T> top = new Top<>(d, new Partial(witnessed()), new ArrayList<>());
            walker.walkRoot(top.sums(), d, top.subtrees());
            if (top.subtrees().size() >= MIN_SUBTREES) {
                return top;
            }
            if (best == null || top.subtrees().size() > best.subtrees().size()) {
                best = top;
            }
        }
        return best;
    }

    /** Subtrees a worker expands into one partial sum before handing it over (fewer maps to allocate and merge). */
    static final int CHUNK = 16;

    private record Done(int[] indices, Partial sums, Throwable error) {
    }

    private <T> void runSubtrees(java.util.function.Supplier<TreeWalker<T>> walkers, List<T> subtrees, int[] todo,
            Partial finished, BitSet completed, Checkpoint.Key key, long start, long priorElapsed, boolean witnessed)
            throws IOException {
        if (todo.length == 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        BlockingQueue<Done> results = new ArrayBlockingQueue<>(Math.max(64, threads * 4));
        List<Thread> workers = new ArrayList<>();
        int workerCount = Math.min(threads, todo.length);
        for (int t = 0; t < workerCount; t++) {
            Thread worker = new Thread(() -> {
                try {
                    TreeWalker<T> walker = walkers.get();
                    int j;
                    // A sampled batch (262,144 draws) is work enough on its own: one at a time, for even load,
                    // frequent progress and checkpoints.
                    int chunk = samples > 0 ? 1 : CHUNK;
                    while (!stop.get() && (j = next.getAndAdd(chunk)) < todo.length) {
                        int[] indices = java.util.Arrays.copyOfRange(todo, j, Math.min(j + chunk, todo.length));
                        Partial p = new Partial(witnessed);
                        for (int index : indices) {
                            walker.walk(subtrees.get(index), p);
                        }
                        results.put(new Done(indices, p, null));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) {
                    stop.set(true);
                    results.offer(new Done(null, null, e));
                }
            }, "ait-tree-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long lastCheckpoint = System.nanoTime();
        int done = completed.cardinality();
        try {
            for (int c = 0; c < todo.length; ) {
                Done r = results.take();
                if (r.error() != null) {
                    throw new IllegalStateException("worker failed: " + r.error(), r.error());
                }
                finished.merge(r.sums());
                for (int index : r.indices()) {
                    completed.set(index);
                    subtrees.set(index, null);
                }
                c += r.indices().length;
                done += r.indices().length;
                long now = System.nanoTime();
                long elapsed = priorElapsed + now - start;
                if (checkpoint != null && c < todo.length && now - lastCheckpoint >= checkpointIntervalNanos) {
                    new Checkpoint(key, completed, finished, elapsed).write(checkpoint);
                    lastCheckpoint = System.nanoTime();
                }
                if (!listener.subtreeDone(done, subtrees.size(), finished.nodes, finished.steps, elapsed)) {
                    throw new BuildInterruptedException("build stopped after " + done + " of " + subtrees.size()
                            + " subtrees");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildInterruptedException("build interrupted");
        } finally {
            stop.set(true);
            for (Thread w : workers) {
                w.interrupt();
            }
        }
    }
}
