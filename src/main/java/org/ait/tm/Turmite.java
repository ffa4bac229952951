package org.ait.tm;

import java.util.HashMap;
import java.util.Map;

/**
 * One 2D machine (turmite) with a plain simulator: the grid is a map from cells to symbols, nothing is detected or
 * skipped. Like {@link TuringMachine}, it is the independent way to check what the enumerator says about a machine
 * (a witness of a 2D table), and the way a user runs one.
 */
public final class Turmite {

    /** Moves as in the text: D, L, R, U, as row and column steps. */
    private static final String MOVES = "DLRU";
    private static final int[] ROW_STEP = {1, 0, 0, -1};
    private static final int[] COL_STEP = {0, -1, 1, 0};
    private static final int UNDEFINED = -2;

    private final int states;
    private final int symbols;
    /** Per transition (state * symbols + read): -1 halt, -2 undefined, else the next state. */
    private final int[] next;
    private final int[] write;
    /** Index into {@link #MOVES}. */
    private final int[] move;

    private Turmite(int states, int symbols, int[] next, int[] write, int[] move) {
        this.states = states;
        this.symbols = symbols;
        this.next = next;
        this.write = write;
        this.move = move;
    }

    /**
     * A turmite in the text format of formalism §1 with moves U, D, L, R, e.g. {@code 1RB1-H_0DA---}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Turmite parse(String text) {
        String[] st = text.trim().split("_", -1);
        int n = st.length;
        int width = st[0].length();
        if (width == 0 || width % 3 != 0 || n > 26) {
            throw new IllegalArgumentException("'" + text + "': states of k transitions of 3 characters each");
        }
        int k = width / 3;
        int[] next = new int[n * k];
        int[] write = new int[n * k];
        int[] move = new int[n * k];
        for (int q = 0; q < n; q++) {
            if (st[q].length() != width) {
                throw new IllegalArgumentException("'" + text + "': states of different lengths");
            }
            for (int s = 0; s < k; s++) {
                String t = st[q].substring(3 * s, 3 * s + 3);
                int i = q * k + s;
                if (t.equals("---")) {
                    next[i] = UNDEFINED;
                    continue;
                }
                int w = OutputCodec.symbolOf(t.charAt(0), k);
                boolean halt = t.charAt(1) == '-' && t.charAt(2) == 'H';
                int m = MOVES.indexOf(t.charAt(1));
                int to = t.charAt(2) - 'A';
                if (w < 0 || (!halt && (m < 0 || to < 0 || to >= n))) {
                    throw new IllegalArgumentException("'" + t + "' in '" + text + "' is not a transition");
                }
                write[i] = w;
                next[i] = halt ? -1 : to;
                move[i] = halt ? 0 : m;
            }
        }
        return new Turmite(n, k, next, write, move);
    }

    public int states() {
        return states;
    }

    public int symbols() {
        return symbols;
    }

    /**
     * Runs from a grid of blank symbol {@code blank} for at most {@code maxSteps} steps (the halting step counts). A
     * partial machine that reads a transition it does not define stops there without halting.
     *
     * @return the result; its output is the rectangle of visited cells, rows joined by '-', when the machine halted
     */
    public TuringMachine.RunResult run(int maxSteps, int blank) {
        Map<Long, Integer> grid = new HashMap<>();
        long r = 0;
        long c = 0;
        long rlo = 0;
        long rhi = 0;
        long clo = 0;
        long chi = 0;
        int q = 0;
        for (int step = 1; step <= maxSteps; step++) {
            long cell = r << 32 ^ (c & 0xffffffffL);
            int i = q * symbols + grid.getOrDefault(cell, blank);
            if (next[i] == UNDEFINED) {
                return new TuringMachine.RunResult(false, step - 1, null);
            }
            grid.put(cell, write[i]);
            if (next[i] < 0) {
                StringBuilder out = new StringBuilder();
                for (long rr = rlo; rr <= rhi; rr++) {
                    if (rr > rlo) {
                        out.append('-');
                    }
                    for (long cc = clo; cc <= chi; cc++) {
                        out.append(OutputCodec.charOf(grid.getOrDefault(rr << 32 ^ (cc & 0xffffffffL), blank)));
                    }
                }
                return new TuringMachine.RunResult(true, step, out.toString());
            }
            r += ROW_STEP[move[i]];
            c += COL_STEP[move[i]];
            rlo = Math.min(rlo, r);
            rhi = Math.max(rhi, r);
            clo = Math.min(clo, c);
            chi = Math.max(chi, c);
            q = next[i];
        }
        return new TuringMachine.RunResult(false, maxSteps, null);
    }
}
