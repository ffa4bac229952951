package org.ait.tm;

/**
 * How a build went (not what it found): work done and where. Tables record it in provenance; it never enters the
 * counts.
 *
 * @param nodes        tree nodes visited (sampled builds: draws and split copies)
 * @param steps        simulated steps
 * @param units        work units of the plan
 * @param workers      worker threads (local builds; last session when resumed) or executor cores (distributed)
 * @param elapsedNanos wall time, summed over resumed sessions
 */
public record BuildStats(long nodes, long steps, int units, int workers, long elapsedNanos) {
}
