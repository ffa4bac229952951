package org.ait.tm;

import java.util.List;
import org.ait.tm.internal.Checkpoint;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.WitnessUnfolding;

/**
 * A build cut into units: the sums of the part settled while planning (the top of the tree), and the units left, in
 * a fixed order. Any runner may run any unit, anywhere and more than once: {@link #finish} needs the sums of every
 * unit exactly once, merged in any order.
 *
 * @param spec       the build
 * @param splitDepth defined transitions at which the tree was cut (-1 for a sample)
 * @param top        sums of the leaves above the cut
 * @param units      the units, identified by their index
 */
public record BuildPlan(BuildSpec spec, int splitDepth, PartialSums top, List<WorkUnit> units) {

    /** A plan of the build. */
    public static BuildPlan of(BuildSpec spec) {
        return spec.plan();
    }

    /** A runner of this plan's units, for one thread. */
    public UnitRunner runner() {
        return spec.method().runner(spec);
    }

    /**
     * What a checkpoint must match to be resumed. The layout is that of every earlier version of ait, so checkpoints
     * written by earlier jars (AITCKPT5, AITCKPT6) resume.
     */
    public Checkpoint.Key checkpointKey() {
        MachineSpace s = spec.space();
        long samples = 0;
        long seed = 0;
        long split = 0;
        int side = spec.maxSide();
        if (spec.method() instanceof BuildMethod.Sampled m) {
            samples = m.draws();
            seed = m.seed();
            split = m.split().key();
            side = side == BuildSpec.ALL ? 0 : side;
        }
        return new Checkpoint.Key(s.dim(), s.states(), s.symbols(), spec.maxSteps(), side, splitDepth, units.size(),
                seed, samples, split);
    }

    /**
     * The result from the sums of every unit (each exactly once). Checks that the leaf weights add up to the space
     * size (or the sample's units): a lost or doubled unit cannot pass.
     */
    public EnumerationResult finish(PartialSums allUnits, int workers, long elapsedNanos) {
        Partial total = new Partial(top.partial().witnesses != null);
        total.merge(top.partial());
        total.merge(allUnits.partial());
        Witnesses found = total.witnesses == null ? null : WitnessUnfolding.of(total, spec.space());
        if (spec.method().countsMachines()) {
            total = spec.geometry().unfold(total, spec.space().symbols());
        }
        long size = spec.method().totalWeight(spec);
        if (total.totalWeight() != size) {
            throw new IllegalStateException("leaf weights add up to " + total.totalWeight() + ", not " + size
                    + ": the enumeration is wrong");
        }
        return new EnumerationResult(spec, total.counts, total.longCounts, total.squareExcess, total.halting,
                total.provedNonHalting, total.cutOff, found,
                new BuildStats(total.nodes, total.steps, units.size(), workers, elapsedNanos));
    }
}
