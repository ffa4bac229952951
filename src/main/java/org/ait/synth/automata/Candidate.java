package org.ait.synth.automata;

/**
 * One program in an identification, with its description length: {@code programBits} for the program's code
 * (family, boundary, rule, initial configuration) and {@code dataBits} for the data given the program (the
 * exceptions among the {@code predicted} cells, and the {@code unpredicted} observed cells sent as they are).
 *
 * @param relativeProbability 2^-(bits - best bits): its probability relative to the best candidate
 * @param tieGroup            the rank of its tie group (0 = the best group)
 */
public record Candidate(CaProgram program, double programBits, double dataBits, int predicted, int exceptions,
        int unpredicted, double relativeProbability, int tieGroup) {

    /** Total description length in bits. */
    public double bits() {
        return programBits + dataBits;
    }

    /** The estimated rate of flipped cells: exceptions per predicted cell. */
    public double flipRate() {
        return predicted == 0 ? 0 : exceptions / (double) predicted;
    }

    /** One line: the program, its bits and fit. */
    public String text() {
        return String.format("%s: %.2f bits (program %.2f, data %.2f), p %.3g, %d/%d exceptions%s", program.text(),
                bits(), programBits, dataBits, relativeProbability, exceptions, predicted,
                unpredicted == 0 ? "" : ", " + unpredicted + " cells not predicted");
    }
}
