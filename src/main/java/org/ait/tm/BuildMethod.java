package org.ait.tm;

/**
 * How a build covers its machine space: every machine, by the weighted tree ({@link Exhaustive}), or a uniform random
 * sample ({@link Sampled}). Each method makes its own plan (the units of work) and its own unit runner; the local
 * build, checkpoints and the distributed job only see plans, units and sums.
 */
public sealed interface BuildMethod extends java.io.Serializable permits BuildMethod.Exhaustive, BuildMethod.Sampled {

    /** The top of the work and its units (the expensive part of an exhaustive plan is walking the top of the tree). */
    BuildPlan plan(BuildSpec spec);

    /** A runner of this method's units, for one thread. */
    UnitRunner runner(BuildSpec spec);

    /** Weight of all leaves once every unit is in: the space size, or draws × unit. */
    long totalWeight(BuildSpec spec);

    /** Rejects a space or output limit this method cannot build, with a one-line reason. */
    void check(MachineSpace space, int maxSide);

    /** True when counts are numbers of machines (then a least witness machine per output can be kept). */
    boolean countsMachines();

    /** Units per machine of every count: 1, or factor^levels for a split sample. */
    long unit();

    /** Units a local worker runs before handing its sums over: scheduling only, never the result. */
    int unitsPerHandOver();

    /** Every machine of the space, counted exactly by the weighted tree (formalism §2). */
    record Exhaustive() implements BuildMethod {

        @Override
        public void check(MachineSpace space, int maxSide) {
            if (!space.fitsInLong()) {
                throw new IllegalArgumentException("the space " + space + " has " + space.size()
                        + " machines, more than exact 64-bit counts can hold");
            }
            if (maxSide != BuildSpec.ALL && space.dim() == 1) {
                throw new IllegalArgumentException("exhaustive 1D builds keep every output");
            }
        }

        @Override
        public boolean countsMachines() {
            return true;
        }

        @Override
        public long unit() {
            return 1;
        }

        @Override
        public BuildPlan plan(BuildSpec spec) {
            return TreeTop.plan(spec);
        }

        @Override
        public UnitRunner runner(BuildSpec spec) {
            return new SubtreeRunner(spec);
        }

        @Override
        public long totalWeight(BuildSpec spec) {
            return spec.space().size().longValueExact();
        }

        /**
         * Cuts one unit of this build {@code levels} transitions deeper: the sums of its leaves above the cut go into
         * {@code into}, the subtrees below are returned in a fixed order. Those sums plus the sums of every returned
         * unit equal the unit's own (a check of the split's independence, and a way to break up a long unit).
         */
        public java.util.List<WorkUnit> split(BuildSpec spec, WorkUnit unit, int levels, PartialSums into) {
            if (levels < 1) {
                throw new IllegalArgumentException("levels must be at least 1, got " + levels);
            }
            return new SubtreeRunner(spec).split(unit, levels, into);
        }

        @Override
        public int unitsPerHandOver() {
            return 16;
        }
    }

    /**
     * {@code draws} machines drawn uniformly at random, in batches of {@value #BATCH}, batch i from a generator seeded
     * with (seed, i): the same counts for any number of workers and after a resume. Transitions are drawn when the run
     * first reads them; with a split schedule, long runs continue as several copies (multilevel splitting).
     */
    record Sampled(long draws, long seed, SplitSchedule split) implements BuildMethod {

        /** Draws per batch: the unit of work and of checkpoints. */
        public static final int BATCH = 1 << 18;

        public Sampled {
            if (draws < 1) {
                throw new IllegalArgumentException("sample size must be at least 1, got " + draws);
            }
            if ((draws + BATCH - 1) / BATCH > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("sample size " + draws + " is too large");
            }
            double unit = split.unit();
            if (unit * unit * draws > 4e18) {
                throw new IllegalArgumentException("split factor^levels = " + (long) unit + " is too large for "
                        + draws + " draws (sums of squares would overflow)");
            }
        }

        public Sampled(long draws, long seed) {
            this(draws, seed, SplitSchedule.none());
        }

        @Override
        public void check(MachineSpace space, int maxSide) {
            if (space.dim() != 1) {
                throw new IllegalArgumentException("sampled builds are available for 1D machines");
            }
            if (split.splits() && maxSide > OutputCodec.maxPackedLength(space.symbols())) {
                throw new IllegalArgumentException("split sampling needs a max output length of at most "
                        + OutputCodec.maxPackedLength(space.symbols()) + " for " + space.symbols() + " symbols");
            }
        }

        @Override
        public boolean countsMachines() {
            return false;
        }

        @Override
        public long unit() {
            return split.unit();
        }

        public int batches() {
            return (int) ((draws + BATCH - 1) / BATCH);
        }

        @Override
        public BuildPlan plan(BuildSpec spec) {
            java.util.List<WorkUnit> units = new java.util.ArrayList<>(batches());
            for (int b = 0; b < batches(); b++) {
                units.add(new DrawBatch(b, Math.min(BATCH, draws - (long) b * BATCH)));
            }
            return new BuildPlan(spec, -1, new PartialSums(new org.ait.tm.internal.Partial(false)), units);
        }

        @Override
        public UnitRunner runner(BuildSpec spec) {
            return new DrawRunner(spec, this);
        }

        @Override
        public long totalWeight(BuildSpec spec) {
            return Math.multiplyExact(draws, split.unit());
        }

        @Override
        public int unitsPerHandOver() {
            // A batch (262,144 draws) is work enough on its own: one at a time, for even load and frequent checkpoints.
            return 1;
        }
    }
}
