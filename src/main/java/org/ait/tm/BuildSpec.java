package org.ait.tm;

/**
 * Everything that determines a table: the machine space, the cutoff, the method (exhaustive or sampled, with its
 * seed and split schedule) and which outputs are kept. Threads, checkpoints and cluster size are not part of it: they
 * change the speed, never the table.
 *
 * @param space     machines (dimension, states, symbols)
 * @param maxSteps  step cutoff (the halting step counts)
 * @param method    exhaustive or sampled
 * @param maxSide   outputs whose longest side (a string's length, an array's longer side) exceeds this still count
 *                  in H0 but are not kept; {@link Integer#MAX_VALUE} keeps all. Exhaustive 1D builds keep all.
 * @param witnesses keep a least witness machine per output where the build can (exhaustive, binary, codable)
 */
public record BuildSpec(MachineSpace space, int maxSteps, BuildMethod method, int maxSide, boolean witnesses)
        implements java.io.Serializable {

    /** Every output kept. */
    public static final int ALL = Integer.MAX_VALUE;

    public BuildSpec {
        int limit = Geometry.of(space.dim()).maxStepsLimit();
        if (maxSteps < 1 || maxSteps > limit) {
            throw new IllegalArgumentException("max steps must be between 1 and " + limit + ", got " + maxSteps);
        }
        if (maxSide < 1) {
            throw new IllegalArgumentException("max output side must be at least 1, got " + maxSide);
        }
        method.check(space, maxSide);
    }

    /** An exhaustive build keeping every output, with witnesses. */
    public static BuildSpec exhaustive(MachineSpace space, int maxSteps) {
        return new BuildSpec(space, maxSteps, new BuildMethod.Exhaustive(), ALL, true);
    }

    public BuildSpec withMethod(BuildMethod m) {
        return new BuildSpec(space, maxSteps, m, maxSide, witnesses);
    }

    public BuildSpec withMaxSide(int side) {
        return new BuildSpec(space, maxSteps, method, side, witnesses);
    }

    public BuildSpec withWitnesses(boolean keep) {
        return new BuildSpec(space, maxSteps, method, maxSide, keep);
    }

    public Geometry geometry() {
        return Geometry.of(space.dim());
    }

    /** Whether the sums carry witnesses: asked for, exhaustive, binary, and machines that fit in a {@link MachineCode}. */
    public boolean keepsWitnesses() {
        return witnesses && method.countsMachines() && space.symbols() == 2 && MachineCode.fits(space);
    }

    /** Units per machine of every count: 1, or factor^levels for a split sample. */
    public long unit() {
        return method.unit();
    }

    /** A runner of this build's units, for one thread. */
    public UnitRunner runner() {
        return method.runner(this);
    }

    /** The plan of this build: the top of the work and its units. */
    public BuildPlan plan() {
        return method.plan(this);
    }
}
