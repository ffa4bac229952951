package org.ait.tm.internal;

import java.util.List;

/**
 * A depth-first walker of the weighted tree of partial transition tables, for one machine space and cutoff.
 *
 * @param <T> the frontier node type (a branch point handed to another thread)
 */
public interface TreeWalker<T> {

    /** Walks the tree from the blank tape down to {@code splitDepth} defined transitions; deeper nodes go to frontier. */
    void walkRoot(Partial into, int splitDepth, List<T> frontier);

    /** Expands one frontier node completely. */
    default void walk(T node, Partial into) {
        split(node, into, Integer.MAX_VALUE, null);
    }

    /**
     * Expands one frontier node down to {@code levels} more defined transitions than it has; deeper nodes go to
     * {@code frontier}. The sums added here plus those of walking every node of the frontier equal {@link #walk}'s.
     */
    void split(T node, Partial into, int levels, List<T> frontier);
}
