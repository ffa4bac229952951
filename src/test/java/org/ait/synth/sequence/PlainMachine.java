package org.ait.synth.sequence;

import java.util.HashMap;
import java.util.Map;

/**
 * A Turing machine simulator written for the tests from formalism §1 alone (it shares no code with ait's simulators):
 * the text's states A, B, ... separated by '_', two transitions of three characters each, a map as the tape.
 */
public final class PlainMachine {

    /** A halting run: what it prints (the cells from the leftmost to the rightmost head position) and its steps. */
    public record Run(String output, long steps) {
    }

    private PlainMachine() {
    }

    /** Runs a binary machine from the blank-{@code blank} tape; null when it does not halt within maxSteps. */
    public static Run run(String machine, int blank, int maxSteps) {
        String[] states = machine.split("_");
        Map<Long, Character> tape = new HashMap<>();
        long head = 0;
        long lo = 0;
        long hi = 0;
        int state = 0;
        char blankChar = (char) ('0' + blank);
        for (int step = 1; step <= maxSteps; step++) {
            char read = tape.getOrDefault(head, blankChar);
            String t = states[state].substring(3 * (read - '0'), 3 * (read - '0') + 3);
            if (t.equals("---")) {
                return null;
            }
            tape.put(head, t.charAt(0));
            if (t.substring(1).equals("-H")) {
                StringBuilder out = new StringBuilder();
                for (long c = lo; c <= hi; c++) {
                    out.append(tape.getOrDefault(c, blankChar));
                }
                return new Run(out.toString(), step);
            }
            head += t.charAt(1) == 'L' ? -1 : 1;
            state = t.charAt(2) - 'A';
            lo = Math.min(lo, head);
            hi = Math.max(hi, head);
        }
        return null;
    }
}
