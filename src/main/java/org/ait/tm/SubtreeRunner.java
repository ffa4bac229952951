package org.ait.tm;

import org.ait.tm.internal.TreeWalker;

/** Expands subtrees of an exhaustive build with the geometry's walker. */
final class SubtreeRunner implements UnitRunner {

    private final TreeWalker<WorkUnit> walker;

    @SuppressWarnings("unchecked")
    SubtreeRunner(BuildSpec spec) {
        // The walker takes its geometry's subtrees only; a unit of another build fails with a ClassCastException.
        this.walker = (TreeWalker<WorkUnit>) spec.geometry().walker(spec);
    }

    @Override
    public void run(WorkUnit unit, PartialSums into) {
        walker.walk(unit, into.partial());
    }

    /** Runs the top {@code levels} transitions of {@code unit} into {@code into}; returns the subtrees below. */
    java.util.List<WorkUnit> split(WorkUnit unit, int levels, PartialSums into) {
        java.util.List<WorkUnit> below = new java.util.ArrayList<>();
        walker.split(unit, into.partial(), levels, below);
        return below;
    }
}
