package org.ait.tm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ait.io.InputException;
import org.ait.tm.internal.Checkpoint;
import org.ait.tm.internal.Partial;

/**
 * A local build: the units of a {@link BuildPlan} run on worker threads, their exact sums merged, finished units
 * checkpointed. The table does not depend on the number of threads or on the order in which units finish, and a
 * resumed build skips the checkpointed units and ends with the same sums.
 *
 * <p>Built from a {@link BuildSpec}, or from a space and cutoff with the spec's options set one by one (exhaustive,
 * every output kept, with witnesses, unless told otherwise).
 */
public final class TreeEnumerator {

    /** Longest 1D cutoff accepted ({@link Geometry#maxStepsLimit()}). */
    public static final int MAX_STEPS_LIMIT = Geometry.LINE.maxStepsLimit();
    /** Longest 2D cutoff accepted. */
    public static final int MAX_STEPS_LIMIT_2D = Geometry.GRID.maxStepsLimit();
    /** Units an exhaustive worker expands into one sum before handing it over. */
    static final int CHUNK = new BuildMethod.Exhaustive().unitsPerHandOver();

    // The spec, as given or as set piece by piece (checked as a whole when the build runs).
    private final BuildSpec given;
    private final MachineSpace space;
    private final int maxSteps;
    private long samples;
    private long seed;
    private SplitSchedule split = SplitSchedule.none();
    private int maxSide = BuildSpec.ALL;
    private boolean witnesses = true;

    private int threads = Runtime.getRuntime().availableProcessors();
    private Path checkpoint;
    private boolean resume;
    private long checkpointIntervalNanos = 30_000_000_000L;
    private ProgressListener listener = ProgressListener.NONE;

    public TreeEnumerator(BuildSpec spec) {
        this.given = spec;
        this.space = spec.space();
        this.maxSteps = spec.maxSteps();
    }

    public TreeEnumerator(MachineSpace space, int maxSteps) {
        this.given = null;
        this.space = space;
        this.maxSteps = maxSteps;
        int limit = Geometry.of(space.dim()).maxStepsLimit();
        if (maxSteps < 1 || maxSteps > limit) { // fails here, as it always did, not when the build runs
            throw new IllegalArgumentException("max steps must be between 1 and " + limit + ", got " + maxSteps);
        }
    }

    public TreeEnumerator threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** Where finished units are recorded; null for no checkpoint. */
    public TreeEnumerator checkpoint(Path file, boolean resume) {
        this.checkpoint = file;
        this.resume = resume;
        return this;
    }

    public TreeEnumerator checkpointInterval(long millis) {
        this.checkpointIntervalNanos = millis * 1_000_000L;
        return this;
    }

    public TreeEnumerator listener(ProgressListener listener) {
        this.listener = listener;
        return this;
    }

    /** 2D: outputs with a longer side count in H0 but are not kept ({@link BuildSpec#maxSide()}). */
    public TreeEnumerator maxOutputSide(int side) {
        if (space.dim() != 2) {
            throw new IllegalArgumentException("max output side applies to 2D machines");
        }
        this.maxSide = side;
        return this;
    }

    /** Sampled: outputs longer than this count in H0 but are not kept ({@link BuildSpec#maxSide()}). */
    public TreeEnumerator maxOutputLength(int length) {
        this.maxSide = length;
        return this;
    }

    /** Draws {@code samples} machines at random instead of enumerating all ({@link BuildMethod.Sampled}). */
    public TreeEnumerator sample(long samples, long seed) {
        this.samples = samples;
        this.seed = seed;
        return this;
    }

    /** Sampled: multilevel splitting ({@link SplitSchedule}). */
    public TreeEnumerator split(int[] at, int factor) {
        this.split = new SplitSchedule(at, factor);
        return this;
    }

    /** Whether to keep a least witness machine per output where the build can ({@link BuildSpec#keepsWitnesses()}). */
    public TreeEnumerator witnesses(boolean keep) {
        this.witnesses = keep;
        return this;
    }

    /** The build this enumerator runs. */
    public BuildSpec spec() {
        if (given != null) {
            return given;
        }
        BuildMethod method = samples > 0 ? new BuildMethod.Sampled(samples, seed, split) : new BuildMethod.Exhaustive();
        return new BuildSpec(space, maxSteps, method, maxSide, witnesses);
    }

    /**
     * Runs the build.
     *
     * @throws InputException   on a checkpoint that exists without resume, is damaged, or belongs to another build
     * @throws IOException      on a checkpoint that cannot be read or written
     * @throws BuildInterruptedException when the listener stopped the build
     */
    public EnumerationResult run() throws IOException {
        long start = System.nanoTime();
        BuildPlan plan = spec().plan();
        Checkpoint.Key key = plan.checkpointKey();
        Partial finished = new Partial(plan.spec().keepsWitnesses());
        BitSet completed = new BitSet(plan.units().size());
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
            if (!plan.spec().keepsWitnesses()) {
                finished.witnesses = null;
                finished.longWitnesses = null;
            }
        }
        // A checkpoint without witnesses (written by a build without them, or by an older ait) resumes without.
        boolean witnessed = finished.witnesses != null;
        BitSet done = completed;
        int[] todo = java.util.stream.IntStream.range(0, plan.units().size()).filter(i -> !done.get(i)).toArray();
        new Workers(plan, todo, witnessed, finished, completed, key, start, priorElapsed).run();
        return plan.finish(new PartialSums(finished), threads, priorElapsed + System.nanoTime() - start);
    }

    private record Done(int[] indices, Partial sums, Throwable error) {
    }

    /** The worker threads of one session and the coordinating loop that merges, checkpoints and reports. */
    private final class Workers {
        private final BuildPlan plan;
        private final List<WorkUnit> units;
        private final int[] todo;
        private final boolean witnessed;
        private final Partial finished;
        private final BitSet completed;
        private final Checkpoint.Key key;
        private final long start;
        private final long priorElapsed;

        Workers(BuildPlan plan, int[] todo, boolean witnessed, Partial finished, BitSet completed, Checkpoint.Key key,
                long start, long priorElapsed) {
            this.plan = plan;
            this.units = plan.units();
            this.todo = todo;
            this.witnessed = witnessed;
            this.finished = finished;
            this.completed = completed;
            this.key = key;
            this.start = start;
            this.priorElapsed = priorElapsed;
        }

        void run() throws IOException {
            if (todo.length == 0) {
                return;
            }
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            BlockingQueue<Done> results = new ArrayBlockingQueue<>(Math.max(64, threads * 4));
            List<Thread> workers = new ArrayList<>();
            int chunk = plan.spec().method().unitsPerHandOver();
            for (int t = 0; t < Math.min(threads, todo.length); t++) {
                Thread worker = new Thread(() -> {
                    try {
                        UnitRunner runner = plan.runner();
                        int j;
                        while (!stop.get() && (j = next.getAndAdd(chunk)) < todo.length) {
                            int[] indices = Arrays.copyOfRange(todo, j, Math.min(j + chunk, todo.length));
                            PartialSums p = new PartialSums(new Partial(witnessed));
                            for (int index : indices) {
                                runner.run(units.get(index), p);
                            }
                            results.put(new Done(indices, p.partial(), null));
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
            try {
                collect(results);
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

        private void collect(BlockingQueue<Done> results) throws InterruptedException, IOException {
            long lastCheckpoint = System.nanoTime();
            int done = completed.cardinality();
            for (int c = 0; c < todo.length; ) {
                Done r = results.take();
                if (r.error() != null) {
                    throw new IllegalStateException("worker failed: " + r.error(), r.error());
                }
                finished.merge(r.sums());
                for (int index : r.indices()) {
                    completed.set(index);
                }
                c += r.indices().length;
                done += r.indices().length;
                long now = System.nanoTime();
                long elapsed = priorElapsed + now - start;
                if (checkpoint != null && c < todo.length && now - lastCheckpoint >= checkpointIntervalNanos) {
                    new Checkpoint(key, completed, finished, elapsed).write(checkpoint);
                    lastCheckpoint = System.nanoTime();
                }
                if (!listener.subtreeDone(done, units.size(), finished.nodes, finished.steps, elapsed)) {
                    throw new BuildInterruptedException("build stopped after " + done + " of " + units.size()
                            + " subtrees");
                }
            }
        }
    }
}
