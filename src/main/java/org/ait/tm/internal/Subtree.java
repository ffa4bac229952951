package org.ait.tm.internal;

/**
 * A tree node waiting at a branch point (its run has just read an undefined transition): everything needed
 * to expand it on another thread. Subtrees are produced in a fixed order, so their indices identify them
 * across a checkpoint and a resume.
 */
public record Subtree(int[] next, int[] write, int[] move, byte[] tapeSegment, int head, int state, int step,
        int lo, int fresh, int used, int defined, long multiplicity, int pending) implements org.ait.tm.WorkUnit {
}
