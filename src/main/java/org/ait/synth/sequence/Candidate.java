package org.ait.synth.sequence;

/**
 * A scored program: its description length is the bits of its code (class tag and program, under the prior) plus
 * the bits of the given terms it does not reproduce (their count, positions and corrections).
 *
 * @param exceptions indices of the given terms the program does not reproduce, ascending
 */
public record Candidate(SequenceProgram program, double programBits, double exceptionBits, int[] exceptions) {

    public double totalBits() {
        return programBits + exceptionBits;
    }
}
