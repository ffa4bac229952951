package org.ait.tm;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;

/**
 * The output distribution of a build from the blank-0 tape: c0(s) for every output s, keyed by its
 * {@link OutputCodec} (1D) or {@link Output2D} (2D) code, or, when too long to pack, by the string; and the weight
 * of every kind of leaf. Exhaustive builds count machines, sampled ones units of draws ({@link BuildSpec#unit()}).
 *
 * @param spec             what was built
 * @param counts           c0 by packed output code
 * @param longCounts       c0 of outputs too long to pack
 * @param squareExcess     split sampling: per canonical pattern, sum over draws of x^2 minus unit * count (else empty)
 * @param halting          H0: weight halting within the cutoff
 * @param provedNonHalting weight proved never to halt
 * @param cutOff           weight still running at the cutoff
 * @param witnesses        the least witness machine of every canonical output pattern; null when the build kept none
 * @param stats            work and time (not part of the result's content)
 */
public record EnumerationResult(BuildSpec spec, Long2LongMap counts, Object2LongMap<String> longCounts,
        Long2LongMap squareExcess, long halting, long provedNonHalting, long cutOff, Witnesses witnesses,
        BuildStats stats) {

    public MachineSpace space() {
        return spec.space();
    }

    public int maxSteps() {
        return spec.maxSteps();
    }

    public boolean sampled() {
        return spec.method() instanceof BuildMethod.Sampled;
    }

    public long nodes() {
        return stats.nodes();
    }

    public long steps() {
        return stats.steps();
    }

    /** Sum of all leaf weights: the space size for an exhaustive build, draws times unit for a sample. */
    public long totalWeight() {
        return halting + provedNonHalting + cutOff;
    }
}
