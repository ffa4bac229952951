package org.ait.synth.sequence;

import java.math.BigInteger;
import java.util.List;

/**
 * One entry of a synthesis result.
 *
 * @param relativeProbability 2^-(bits - best bits): the program's algorithmic probability relative to the best
 * @param prediction          the next terms the program prints after the given ones (empty when it cannot extend)
 */
public record RankedProgram(Candidate candidate, double relativeProbability, List<BigInteger> prediction) {

    public SequenceProgram program() {
        return candidate.program();
    }

    public double bits() {
        return candidate.totalBits();
    }
}
