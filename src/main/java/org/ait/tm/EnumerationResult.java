package org.ait.tm;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;

/**
 * The exact output distribution of a machine space from the blank-0 tape: c0(s) for every output s, keyed by
 * its {@link OutputCodec} code (or, when too long to pack, by the string), and the weight of every kind of leaf.
 *
 * @param counts        c0 by packed output code
 * @param longCounts    c0 of outputs longer than {@link OutputCodec#maxPackedLength}
 * @param halting       H0: machines halting within the cutoff
 * @param provedNonHalting machines proved never to halt
 * @param cutOff        machines still running at the cutoff
 * @param nodes         tree nodes visited
 * @param steps         simulated steps
 * @param subtrees      subtrees the tree was split into for parallel work
 * @param threads       worker threads used (last session, when resumed)
 * @param elapsedNanos  wall time of the build, summed over resumed sessions
 * @param maxOutputSide 2D: outputs with a longer side count in H0 but are not in the counts (sampled 1D: longer
 *                      outputs); 0 when all are kept
 * @param samples       machines drawn at random (then every count is a number of draws); 0 for an exhaustive build
 * @param seed          the sampler's seed
 * @param unit          units per draw of a split sample (every count and leaf weight is in units); 1 otherwise
 * @param splitAt       split sampling: the segment lengths at which draws are split (empty: no splitting)
 * @param splitFactor   copies per split
 * @param squareExcess  split sampling: per canonical pattern, sum over draws of x^2 minus unit * count
 * @param witnesses     the least witness machine of every canonical output pattern; null when the build kept none
 */
public record EnumerationResult(MachineSpace space, int maxSteps, Long2LongMap counts,
        Object2LongMap<String> longCounts, long halting, long provedNonHalting, long cutOff, long nodes, long steps,
        int subtrees, int threads, long elapsedNanos, int maxOutputSide, long samples, long seed,
        long unit, int[] splitAt, int splitFactor, Long2LongMap squareExcess, Witnesses witnesses) {

    public boolean sampled() {
        return samples > 0;
    }


    /** Sum of all leaf weights; equals {@code space.size()} for a complete enumeration, the sample size for a sample. */
    public long totalWeight() {
        return halting + provedNonHalting + cutOff;
    }
}
