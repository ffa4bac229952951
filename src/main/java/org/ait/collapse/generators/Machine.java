package org.ait.collapse.generators;

import java.util.Arrays;
import org.ait.tm.MachineSpace;
import org.ait.tm.TuringMachine;

/**
 * A small 1D Turing machine (formalism §1) run on an input tape: the input is written on cells 0.. with the rest of
 * the tape blank (0), the head starts on cell 0 in state A, and the output of a halting run is the visited segment,
 * left to right. A partial machine ({@code ---} for a transition it does not define, as table witnesses are written)
 * stops without halting when its run reads such a transition. Parsed from the text format ({@code 1RB1-H_0LA1RB}) or
 * decoded from its index in the enumeration order of {@link org.ait.tm.TuringMachine#fromIndex}.
 */
public final class Machine {

    /** A transition a partial machine does not define ({@code ---}): a run that reads it stops without halting. */
    private static final int UNDEFINED = -2;

    private final int states;
    private final int symbols;
    /** Per transition (state * symbols + read): -1 halt, {@value #UNDEFINED} undefined, else next state. */
    private final int[] next;
    private final int[] write;
    private final int[] move;

    private Machine(int states, int symbols, int[] next, int[] write, int[] move) {
        this.states = states;
        this.symbols = symbols;
        this.next = next;
        this.write = write;
        this.move = move;
    }

    /** @throws IllegalArgumentException naming the problem */
    public static Machine parse(String text) {
        String[] parts = text.trim().split("_");
        int n = parts.length;
        if (parts[0].length() % 3 != 0 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("machine '" + text + "': a state is k transitions of 3 characters");
        }
        int k = parts[0].length() / 3;
        if (n > 26 || k < 2 || k > 16) {
            throw new IllegalArgumentException("machine '" + text + "': " + n + " states of " + k + " symbols");
        }
        int[] next = new int[n * k];
        int[] write = new int[n * k];
        int[] move = new int[n * k];
        for (int q = 0; q < n; q++) {
            if (parts[q].length() != 3 * k) {
                throw new IllegalArgumentException("machine '" + text + "': state " + (char) ('A' + q) + " is '"
                        + parts[q] + "', not " + k + " transitions of 3 characters");
            }
            for (int s = 0; s < k; s++) {
                String t = parts[q].substring(3 * s, 3 * s + 3).toUpperCase(java.util.Locale.ROOT);
                int i = q * k + s;
                if (t.equals("---")) {
                    next[i] = UNDEFINED;
                    continue;
                }
                int w = Character.digit(t.charAt(0), 16);
                if (w < 0 || w >= k) {
                    throw new IllegalArgumentException("machine '" + text + "': transition '" + t + "' writes a symbol"
                            + " outside 0.." + (k - 1));
                }
                write[i] = w;
                if (t.charAt(1) == '-' && t.charAt(2) == 'H') {
                    next[i] = -1;
                } else if ((t.charAt(1) == 'L' || t.charAt(1) == 'R') && t.charAt(2) >= 'A' && t.charAt(2) < 'A' + n) {
                    move[i] = t.charAt(1) == 'L' ? -1 : 1;
                    next[i] = t.charAt(2) - 'A';
                } else {
                    throw new IllegalArgumentException("machine '" + text + "': transition '" + t
                            + "' is neither {write}{L|R}{state} nor {write}-H");
                }
            }
        }
        return new Machine(n, k, next, write, move);
    }

    /** The machine with this index among the (states, symbols) machines, as {@code TuringMachine.fromIndex} orders them. */
    public static Machine fromIndex(int states, int symbols, long index) {
        TuringMachine tm = TuringMachine.fromIndex(new MachineSpace(1, states, symbols), index);
        int t = states * symbols;
        int[] next = new int[t];
        int[] write = new int[t];
        int[] move = new int[t];
        for (int i = 0; i < t; i++) {
            TuringMachine.Action a = tm.action(i / symbols, i % symbols);
            next[i] = a.next();
            write[i] = a.write();
            move[i] = a.move();
        }
        return new Machine(states, symbols, next, write, move);
    }

    /** Number of machines with this many states and symbols. */
    public static long spaceSize(int states, int symbols) {
        return new MachineSpace(1, states, symbols).size().longValueExact();
    }

    public int states() {
        return states;
    }

    public int symbols() {
        return symbols;
    }

    /**
     * Runs on {@code input} for at most {@code maxSteps} steps (the halting transition counts).
     *
     * @return the output (visited segment), or null when the machine has not halted (or read an undefined transition)
     */
    public byte[] run(byte[] input, int maxSteps) {
        int size = 2 * maxSteps + input.length + 3;
        byte[] tape = new byte[size];
        int origin = maxSteps + 1;
        System.arraycopy(input, 0, tape, origin, input.length);
        int head = origin;
        int lo = origin;
        int hi = origin;
        int state = 0;
        for (int step = 1; step <= maxSteps; step++) {
            int i = state * symbols + tape[head];
            if (next[i] == UNDEFINED) {
                return null;
            }
            tape[head] = (byte) write[i];
            if (next[i] < 0) {
                return Arrays.copyOfRange(tape, lo, hi + 1);
            }
            head += move[i];
            state = next[i];
            lo = Math.min(lo, head);
            hi = Math.max(hi, head);
        }
        return null;
    }

    /** The text format, e.g. {@code 1RB1-H_0LA1RB}. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (int q = 0; q < states; q++) {
            if (q > 0) {
                s.append('_');
            }
            for (int r = 0; r < symbols; r++) {
                int i = q * symbols + r;
                if (next[i] == UNDEFINED) {
                    s.append("---");
                    continue;
                }
                s.append(Character.toUpperCase(Character.forDigit(write[i], 16)));
                if (next[i] < 0) {
                    s.append("-H");
                } else {
                    s.append(move[i] < 0 ? 'L' : 'R').append((char) ('A' + next[i]));
                }
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
