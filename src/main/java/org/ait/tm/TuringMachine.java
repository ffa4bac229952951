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
    /** Per transition (state * symbols + read): -1 = halt, else the next state. */
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

    public MachineSpace space() {
        return space;
    }

    /**
     * Runs from a blank-0 tape for at most {@code maxSteps} steps (the halting transition counts as a step).
     *
     * @param tape scratch tape of at least {@code 2 * maxSteps + 3} cells, or null to allocate one
     */
    public RunResult run(int maxSteps, byte[] tape) {
        int size = 2 * maxSteps + 3;
        if (tape == null || tape.length < size) {
            tape = new byte[size];
        } else {
            Arrays.fill(tape, 0, size, (byte) 0);
        }
        int origin = maxSteps + 1;
        int head = origin;
        int lo = origin;
        int hi = origin;
        int state = 0;
        int k = space.symbols();
        for (int step = 1; step <= maxSteps; step++) {
            int i = state * k + tape[head];
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
