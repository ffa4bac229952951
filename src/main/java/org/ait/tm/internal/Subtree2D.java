package org.ait.tm.internal;

/**
 * A 2D tree node waiting at a branch point: the partial table, the visited rectangle of the grid (row-major) and
 * the head, state and counters, everything needed to expand it on another thread.
 */
public record Subtree2D(int[] next, int[] write, int[] move, byte[] region, int rowLo, int rowHi, int colLo,
        int colHi, int headRow, int headCol, int state, int step, int fresh, int used, int defined, long multiplicity,
        int pending, boolean vertical) implements org.ait.tm.WorkUnit {
}
