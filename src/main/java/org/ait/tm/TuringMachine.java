package org.ait.tm;

import java.util.Arrays;

/**
 * One fully specified 1D machine of a {@link MachineSpace}, with a plain reference simulator.
 *
 * <p>This simulator is deliberately simple (no non-halting detection, no tree): it is the independent
 * method the tree enumerator is tested against, and the way a user runs a single machine.
 */
public final class TuringMachine {

    private final MachineSpace space;
    /** Per transition (state * symbols + read): -1 = halt, {@value #UNDEFINED} = undefined, else the next state. */
    private final int[] next;
    private final int[] write;
    /** -1 left, +1 right; 0 for halting transitions. */
    private final int[] move;

    private TuringMachine(MachineSpace space, int[] next, int[] write, int[] move) {
        this.space = space;
        this.next = next;
        this.write = write;
        this.move = move;
    }

    /**
     * The machine with the given index in [0, size): transition t is digit t of the index in base
     * {@code choicesPerTransition}; digit d < k halts writing d, otherwise d - k = (next * 2 + dir) * k + write.
     */
    public static TuringMachine fromIndex(MachineSpace space, long index) {
        if (space.dim() != 1) {
            throw new IllegalArgumentException("only 1D machines can be run by TuringMachine");
        }
        int t = space.transitions();
        int k = space.symbols();
        long base = space.choicesPerTransition();
        int[] next = new int[t];
        int[] write = new int[t];
        int[] move = new int[t];
        long rest = index;
        for (int i = 0; i < t; i++) {
            int d = (int) (rest % base);
            rest /= base;
            if (d < k) {
                next[i] = -1;
                write[i] = d;
            } else {
                int m = d - k;
                write[i] = m % k;
                move[i] = ((m / k) % 2 == 0) ? -1 : 1;
                next[i] = m / (2 * k);
            }
        }
        if (rest != 0) {
            throw new IllegalArgumentException("machine index out of range: " + index);
        }
        return new TuringMachine(space, next, write, move);
    }

    /** Marks a transition of a partial machine that is not defined ({@code ---}). */
    private static final int UNDEFINED = -2;

    /**
     * A machine in the text format of formalism §1, e.g. {@code 1RB1-H_0LA---}: states separated by '_', each its
     * k transitions of three characters ({@code {write}{L|R}{next state}}, {@code {write}-H}, or {@code ---} for a
     * transition that is not defined); k and the number of states follow from the text.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static TuringMachine parse(String text) {
        String[] states = text.trim().split("_", -1);
        int n = states.length;
        int width = states[0].length();
        if (width == 0 || width % 3 != 0) {
            throw new IllegalArgumentException("'" + text + "': a state is k transitions of 3 characters each");
        }
        int k = width / 3;
        if (k < 2 || k > MachineSpace.MAX_SYMBOLS || n > 26) {
            throw new IllegalArgumentException("'" + text + "': " + n + " states of " + k + " symbols is not supported");
        }
        MachineSpace space = new MachineSpace(1, n, k);
        int[] next = new int[n * k];
        int[] write = new int[n * k];
        int[] move = new int[n * k];
        for (int q = 0; q < n; q++) {
            if (states[q].length() != width) {
                throw new IllegalArgumentException("'" + text + "': state " + (char) ('A' + q) + " has "
                        + states[q].length() + " characters, state A has " + width);
            }
            for (int s = 0; s < k; s++) {
                String t = states[q].substring(3 * s, 3 * s + 3);
                int i = q * k + s;
                if (t.equals("---")) {
                    next[i] = UNDEFINED;
                    continue;
                }
                int w = OutputCodec.symbolOf(t.charAt(0), k);
                boolean halt = t.charAt(1) == '-' && t.charAt(2) == 'H';
                int to = t.charAt(2) - 'A';
                if (w < 0 || (!halt && (t.charAt(1) != 'L' && t.charAt(1) != 'R' || to < 0 || to >= n))) {
                    throw new IllegalArgumentException("'" + t + "' in '" + text + "' is not a transition");
                }
                write[i] = w;
                next[i] = halt ? -1 : to;
                move[i] = halt ? 0 : t.charAt(1) == 'L' ? -1 : 1;
            }
        }
        return new TuringMachine(space, next, write, move);
    }

    public MachineSpace space() {
        return space;
    }

    /**
     * Runs from a blank-0 tape for at most {@code maxSteps} steps (the halting transition counts as a step).
     *
     * @param tape scratch tape of at least {@code 2 * maxSteps + 3} cells, or null to allocate one
     */
    public RunResult run(int maxSteps, byte[] tape) {
        return run(maxSteps, 0, tape);
    }

    /**
     * Runs from a tape of blank symbol {@code blank} for at most {@code maxSteps} steps. A partial machine that reads
     * a transition it does not define stops there without halting ({@code halted} false, {@code steps} the steps made).
     *
     * @param tape scratch tape of at least {@code 2 * maxSteps + 3} cells, or null to allocate one
     */
    public RunResult run(int maxSteps, int blank, byte[] tape) {
        int size = 2 * maxSteps + 3;
        if (blank < 0 || blank >= space.symbols()) {
            throw new IllegalArgumentException("blank " + blank + " is not a symbol of " + space);
        }
        if (tape == null || tape.length < size) {
            tape = new byte[size];
        }
        Arrays.fill(tape, 0, size, (byte) blank);
        int origin = maxSteps + 1;
        int head = origin;
        int lo = origin;
        int hi = origin;
        int state = 0;
        int k = space.symbols();
        for (int step = 1; step <= maxSteps; step++) {
            int i = state * k + tape[head];
            if (next[i] == UNDEFINED) {
                return new RunResult(false, step - 1, null);
            }
            tape[head] = (byte) write[i];
            if (next[i] < 0) {
                StringBuilder out = new StringBuilder(hi - lo + 1);
                for (int c = lo; c <= hi; c++) {
                    out.append(Character.forDigit(tape[c], MachineSpace.MAX_SYMBOLS));
                }
                return new RunResult(true, step, out.toString());
            }
            head += move[i];
            state = next[i];
            lo = Math.min(lo, head);
            hi = Math.max(hi, head);
        }
        return new RunResult(false, maxSteps, null);
    }

    /** Outcome of {@link #run}: output is the visited tape segment, left to right, when the machine halted. */
    public record RunResult(boolean halted, int steps, String output) {
    }
}
