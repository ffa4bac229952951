package org.ait.synth.sequence;

import java.math.BigInteger;
import org.ait.synth.mdl.BitCode;

/**
 * A candidate generating program of a sequence: it prints its terms, extends itself, and describes itself with a
 * prefix-free code whose length (under a prior) is its description length. Programs are immutable; every class
 * of programs lives in {@code org.ait.synth.sequence.classes}, one file each.
 */
public interface SequenceProgram {

    /** The class name as the command line spells it ({@code recurrence}, {@code holonomic}, ...). */
    String className();

    /** The program as a human reads it, e.g. {@code a(n) = a(n-1) + a(n-2); a(0), a(1) = 0, 1}. */
    String text();

    /** Writes the program's code after its class tag (the caller writes the tag). */
    void encode(BitCode code);

    /**
     * The first {@code count} terms a(0), a(1), ...; a shorter array when the program is undefined beyond some index
     * (a division that is not exact, a value that would exceed {@link Exact#MAX_BITS} bits).
     */
    BigInteger[] terms(int count);

    /**
     * The length in bits of the program's code after its class tag, when that code is an ideal code under a known
     * distribution (class {@code tm}: -log2 of the string's algorithmic probability in a CTM table), which no prior
     * rescores; empty (the default) when the code is what {@link #encode} writes, scored by the prior.
     */
    default java.util.OptionalDouble codeBits() {
        return java.util.OptionalDouble.empty();
    }

    /**
     * The class fields of the JSON document (cli.md: machines {@code "machine"}, {@code "states"}, {@code "steps"},
     * {@code "blank"}; cellular automata {@code "rule"}, ...), in order; empty by default.
     */
    default java.util.Map<String, Object> fields() {
        return java.util.Map.of();
    }

    /** The run's space-time diagrams (machine programs: the tape at every step, head marked); empty by default. */
    default java.util.List<String> diagrams() {
        return java.util.List.of();
    }
}
