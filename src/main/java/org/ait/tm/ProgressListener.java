package org.ait.tm;

/** Receives progress of a long enumeration, on the coordinating thread. */
public interface ProgressListener {

    /**
     * Called after each finished batch of subtrees.
     *
     * @return false to stop the build (as a kill would: only the last checkpoint survives)
     */
    boolean subtreeDone(int done, int total, long nodes, long steps, long elapsedNanos);

    ProgressListener NONE = (done, total, nodes, steps, elapsed) -> true;
}
