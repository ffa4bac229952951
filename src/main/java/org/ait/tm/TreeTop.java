package org.ait.tm;

import java.util.ArrayList;
import java.util.List;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.TreeWalker;

/** Plans an exhaustive build: walks the top of the tree and hands the subtrees below the split depth out as units. */
final class TreeTop {

    /** The split depth is the smallest that yields at least this many subtrees (independent of workers). */
    static final int MIN_SUBTREES = 4096;

    private TreeTop() {
    }

    /**
     * Walks the top of the tree at depths 1, 2, ... and keeps the first walk that yields at least
     * {@link #MIN_SUBTREES} subtrees (or, for small spaces, the one with the most). The depth and the order of the
     * subtrees depend on the space and cutoff alone, so a unit's index names the same subtree in every session.
     */
    @SuppressWarnings("unchecked")
    static BuildPlan plan(BuildSpec spec) {
        TreeWalker<WorkUnit> walker = (TreeWalker<WorkUnit>) spec.geometry().walker(spec);
        BuildPlan best = null;
        for (int d = 1; d <= spec.space().transitions(); d++) {
            Partial top = new Partial(spec.keepsWitnesses());
            List<WorkUnit> units = new ArrayList<>();
            walker.walkRoot(top, d, units);
            BuildPlan plan = new BuildPlan(spec, d, new PartialSums(top), units);
            if (units.size() >= MIN_SUBTREES) {
                return plan;
            }
            if (best == null || units.size() > best.units().size()) {
                best = plan;
            }
        }
        return best;
    }
}
