package org.ait.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The space-time diagram of a 1D machine's run from a blank tape: one row per configuration, from step 0 (the blank
 * tape, head on cell 0, state A) to the last step, each row the cells from the leftmost to the rightmost head position
 * of the whole run (where every write happens, so the last row of a halting run is its output), the head's cell in
 * brackets and the state about to act ({@code H} once halted).
 */
public final class RunDiagram {

    /**
     * One configuration.
     *
     * @param step  steps made so far
     * @param state the state about to act (0 = A), -1 once halted
     * @param head  the head's position among {@code cells} (0 = leftmost shown cell)
     * @param cells the symbols of the shown cells, left to right
     */
    public record Row(int step, int state, int head, String cells) {
    }

    private final String machine;
    private final int blank;
    private final int origin;
    private final List<Row> rows;
    private final String end;

    private RunDiagram(String machine, int blank, int origin, List<Row> rows, String end) {
        this.machine = machine;
        this.blank = blank;
        this.origin = origin;
        this.rows = List.copyOf(rows);
        this.end = end;
    }

    /**
     * Runs {@code machine} (formalism §1 text) from the blank-{@code blank} tape for at most {@code maxSteps} steps.
     *
     * @throws IllegalArgumentException when the text is not a machine or the blank not one of its symbols
     */
    public static RunDiagram of(String machine, int blank, int maxSteps) {
        TuringMachine m = TuringMachine.parse(machine);
        int k = m.space().symbols();
        if (blank < 0 || blank >= k) {
            throw new IllegalArgumentException("blank " + blank + " is not a symbol of " + m.space());
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be >= 0, got " + maxSteps);
        }
        // The run, recorded as (head, state) before every step; the tape is replayed when the shown range is known.
        int size = 2 * maxSteps + 3;
        byte[] tape = new byte[size];
        java.util.Arrays.fill(tape, (byte) blank);
        int start = maxSteps + 1;
        int head = start;
        int state = 0;
        int lo = start;
        int hi = start;
        List<int[]> trace = new ArrayList<>();
        String end = null;
        int step = 0;
        while (end == null) {
            trace.add(new int[] {head, state});
            if (step == maxSteps) {
                end = "does not halt within " + maxSteps + " steps";
                break;
            }
            TuringMachine.Action a = m.action(state, tape[head]);
            if (a == null) {
                end = "reads a transition it does not define at step " + (step + 1);
                break;
            }
            tape[head] = (byte) a.write();
            step++;
            if (a.halts()) {
                trace.add(new int[] {head, -1});
                end = "halts after " + step + " step" + (step == 1 ? "" : "s");
                break;
            }
            head += a.move();
            state = a.next();
            lo = Math.min(lo, head);
            hi = Math.max(hi, head);
        }
        java.util.Arrays.fill(tape, (byte) blank);
        List<Row> rows = new ArrayList<>(trace.size());
        for (int t = 0; t < trace.size(); t++) {
            int h = trace.get(t)[0];
            if (t > 0) {
                // Replays the write of step t: the transition of the previous configuration.
                int[] prev = trace.get(t - 1);
                tape[prev[0]] = (byte) m.action(prev[1], tape[prev[0]]).write();
            }
            StringBuilder cells = new StringBuilder(hi - lo + 1);
            for (int c = lo; c <= hi; c++) {
                cells.append(Character.forDigit(tape[c], MachineSpace.MAX_SYMBOLS));
            }
            rows.add(new Row(t, trace.get(t)[1], h - lo, cells.toString()));
        }
        return new RunDiagram(machine, blank, start - lo, rows, end);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Whether the run halted (then the last row's cells are its output). */
    public boolean halted() {
        return rows.get(rows.size() - 1).state() < 0;
    }

    /** The text: a header line, then one line per row ({@code step state cells}, the head's cell in brackets). */
    public List<String> lines() {
        List<String> out = new ArrayList<>(rows.size() + 1);
        int width = rows.get(0).cells().length();
        out.add(String.format(Locale.ROOT, "run of %s from a blank-%d tape: %s; cells %d..%d (0 = the start cell),"
                + " [ ] the head, the state about to act (H: halted)", machine, blank, end, -origin, width - 1 - origin));
        for (Row r : rows) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%5d %s ", r.step(),
                    r.state() < 0 ? "H" : String.valueOf((char) ('A' + r.state()))));
            for (int c = 0; c < width; c++) {
                char x = r.cells().charAt(c);
                sb.append(c == r.head() ? "[" + x + "]" : " " + x + " ");
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    public String text() {
        return String.join("\n", lines()) + "\n";
    }

    @Override
    public String toString() {
        return text();
    }
}
