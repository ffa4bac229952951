package org.ait.tm;

/**
 * Runs units of one build on one thread (it keeps the walker's buffers between units). The same code runs a unit in a
 * local build, after a resume and on a cluster executor; a unit's sums depend on the unit alone.
 */
public interface UnitRunner {

    /** Adds the sums of {@code unit} into {@code into}. */
    void run(WorkUnit unit, PartialSums into);

    /** The sums of some units, on their own. */
    default PartialSums run(Iterable<? extends WorkUnit> units, BuildSpec spec) {
        PartialSums sums = PartialSums.empty(spec);
        for (WorkUnit u : units) {
            run(u, sums);
        }
        return sums;
    }
}
