package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import org.ait.synth.sequence.SequenceProgram;

/**
 * A reversible map between sequences: the input a is reduced to a sequence b that may be simpler, and a program for
 * b becomes a program for a (b's program, then this transform, plus the few values of a the reduction dropped).
 * Each transform is named after the expansion b -> a, as the program reads: "partial sums of b".
 */
public interface Transform {

    /** The reduction of a and the values of a kept to undo it; null when it does not apply. */
    record Reduction(BigInteger[] reduced, BigInteger[] kept) {
    }

    /** Short name, e.g. {@code partial sums}. */
    String name();

    /**
     * The name of the transform that undoes this one (applying both in turn gives the input back, so the search
     * never nests them), or "" for none.
     */
    default String inverse() {
        return "";
    }

    /**
     * Whether this transform nests with others (applied to another's reduction, or others to its own). A
     * characteristic sequence is long and must be extended far to find the next members, which only a direct
     * program on the user's own input does cheaply.
     */
    default boolean nests() {
        return true;
    }

    /** Reduces a (the input's terms); null when this transform does not apply to it. */
    Reduction reduce(BigInteger[] a);

    /**
     * The first {@code count} terms of a, from the program of b and the kept values; shorter when b's program
     * cannot supply enough terms or a term would not be an integer.
     */
    BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count);
}
