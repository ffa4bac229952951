package org.ait.ctm;

/**
 * A machine that prints a given output, as kept by a table ({@link CtmTable#witness}): the least of the machines of the
 * table's space that print it from a blank tape (fewest states visited, then fewest defined transitions, then fewest
 * steps, then a fixed tie-break; see {@link org.ait.tm.Witnesses}), with the table's count and K of the output.
 *
 * @param output      the output, 2D arrays as rows joined by '-'
 * @param machine     the machine in the text format of formalism §1; {@code ---} marks a transition its run never
 *                    reads (the machine stands for all its completions, every one of which prints the output)
 * @param states      states its run visits (the fewest of any machine of the space that prints the output)
 * @param transitions transitions it defines (all of them read by its run)
 * @param steps       steps of its run, the halting step included
 * @param blank       the blank symbol of the tape it starts on: 0, unless a strictly smaller machine (fewer states,
 *                    transitions or steps) prints the complement of the output from the blank-0 tape; then 1, and the
 *                    machine is that one complemented (0 and 1 exchanged in what it reads and writes)
 * @param count       the table's count for the output: machines (with both blanks) that print it, C(pattern)
 * @param complexity  the table's K of the output, in bits
 */
public record Witness(String output, String machine, int states, int transitions, long steps, int blank, long count,
        double complexity) {
}
