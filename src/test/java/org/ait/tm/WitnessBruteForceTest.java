package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tree's witnesses against brute force: every machine of small spaces run one by one (its own plain simulator,
 * tracking which transitions the run reads), the least one per pattern chosen by the documented order written out
 * independently (states visited, transitions read, steps, the text of the machine turned so that its first move goes
 * right and, in 2D, its first vertical move goes down, then the symmetry), on texts compared as strings.
 */
class WitnessBruteForceTest {

    /** One halting run of a full machine, reduced to the leaf of the tree it falls in. */
    record Run(String output, String leaf, int states, int defined, int steps, String walkedText, int symmetry) {
    }

    static final Comparator<Run> ORDER = Comparator.comparingInt(Run::states).thenComparingInt(Run::defined)
            .thenComparingInt(Run::steps).thenComparing(Run::walkedText).thenComparingInt(Run::symmetry);

    /** Plain run of machine {@code index}; null when it does not halt within maxSteps. */
    static Run run(MachineSpace space, long index, int maxSteps) {
        int n = space.states();
        int k = space.symbols();
        int nk = n * k;
        int choices = space.choicesPerTransition();
        int moves = space.moves();
        int[] digit = new int[nk];
        long rest = index;
        for (int i = 0; i < nk; i++) {
            digit[i] = (int) (rest % choices);
            rest /= choices;
        }
        // 1D moves by digit: 0 L, 1 R; 2D: 0 up, 1 down, 2 left, 3 right.
        String letters = space.dim() == 1 ? "LR" : "UDLR";
        Map<Long, Integer> tape = new HashMap<>();
        long r = 0;
        long c = 0;
        long rlo = 0;
        long rhi = 0;
        long clo = 0;
        long chi = 0;
        int q = 0;
        boolean[] read = new boolean[nk];
        int visited = 1;
        StringBuilder movesMade = new StringBuilder();
        for (int step = 1; step <= maxSteps; step++) {
            long key = r << 32 ^ (c & 0xffffffffL);
            int s = tape.getOrDefault(key, 0);
            int t = q * k + s;
            read[t] = true;
            int d = digit[t];
            if (d < k) {
                tape.put(key, d);
                StringBuilder out = new StringBuilder();
                for (long rr = rlo; rr <= rhi; rr++) {
                    if (rr > rlo) {
                        out.append('-');
                    }
                    for (long cc = clo; cc <= chi; cc++) {
                        out.append(OutputCodec.charOf(tape.getOrDefault(rr << 32 ^ (cc & 0xffffffffL), 0)));
                    }
                }
                StringBuilder leaf = new StringBuilder();
                for (int i = 0; i < nk; i++) {
                    if (i > 0 && i % k == 0) {
                        leaf.append('_');
                    }
                    leaf.append(read[i] ? transitionText(digit[i], k, moves, letters) : "---");
                }
                return walked(out.toString(), leaf.toString(), Integer.bitCount(visited), count(read), step,
                        movesMade.toString(), space.dim());
            }
            int m = d - k;
            int move = (m / k) % moves;
            tape.put(key, m % k);
            char letter = letters.charAt(move);
            movesMade.append(letter);
            switch (letter) {
                case 'L' -> c--;
                case 'R' -> c++;
                case 'U' -> r--;
                default -> r++;
            }
            rlo = Math.min(rlo, r);
            rhi = Math.max(rhi, r);
            clo = Math.min(clo, c);
            chi = Math.max(chi, c);
            q = m / (moves * k);
            visited |= 1 << q;
        }
        return null;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    private static String transitionText(int d, int k, int moves, String letters) {
        if (d < k) {
            return OutputCodec.charOf(d) + "-H";
        }
        int m = d - k;
        return "" + OutputCodec.charOf(m % k) + letters.charAt((m / k) % moves) + (char) ('A' + m / (moves * k));
    }

    /** Replaces every move letter (the middle character of each transition) by its image. */
    static String mapMoves(String text, String from, String to) {
        StringBuilder sb = new StringBuilder();
        for (String state : text.split("_", -1)) {
            if (sb.length() > 0) {
                sb.append('_');
            }
            for (int i = 0; i < state.length(); i += 3) {
                char move = state.charAt(i + 1);
                int j = from.indexOf(move);
                sb.append(state.charAt(i)).append(j < 0 ? move : to.charAt(j)).append(state.charAt(i + 2));
            }
        }
        return sb.toString();
    }

    private static Run walked(String output, String leaf, int states, int defined, int steps, String moves, int dim) {
        if (dim == 1) {
            boolean mirrored = moves.startsWith("L");
            return new Run(output, leaf, states, defined, steps, mirrored ? mapMoves(leaf, "LR", "RL") : leaf,
                    mirrored ? 1 : 0);
        }
        // The leaf is g(walked) with g = j quarter turns clockwise (R -> D -> L -> U -> R) after an optional up-down
        // flip: turn it back until its first move goes right, then flip it if its first vertical move goes up.
        int j = moves.isEmpty() ? 0 : "RDLU".indexOf(moves.charAt(0));
        String back = leaf;
        String seq = moves;
        for (int t = 0; t < j; t++) {
            back = mapMoves(back, "RULD", "ULDR");
            seq = mapMoves1(seq);
        }
        int firstVertical = -1;
        for (int i = 0; i < seq.length() && firstVertical < 0; i++) {
            if (seq.charAt(i) == 'U' || seq.charAt(i) == 'D') {
                firstVertical = i;
            }
        }
        boolean flip = firstVertical >= 0 && seq.charAt(firstVertical) == 'U';
        if (flip) {
            back = mapMoves(back, "UD", "DU");
        }
        return new Run(output, leaf, states, defined, steps, back, 2 * j + (flip ? 1 : 0));
    }

    /** A sequence of move letters turned a quarter counterclockwise. */
    private static String mapMoves1(String seq) {
        StringBuilder sb = new StringBuilder(seq.length());
        for (int i = 0; i < seq.length(); i++) {
            sb.append("ULDR".charAt("RULD".indexOf(seq.charAt(i))));
        }
        return sb.toString();
    }

    /** The complement of an output ('-' kept). */
    static String complement(String output) {
        StringBuilder sb = new StringBuilder(output.length());
        for (int i = 0; i < output.length(); i++) {
            char ch = output.charAt(i);
            sb.append(ch == '-' ? '-' : ch == '0' ? '1' : '0');
        }
        return sb.toString();
    }

    /** The complement of a binary machine's text: per state the two transitions swapped, written symbols flipped. */
    static String complementMachine(String text) {
        StringBuilder sb = new StringBuilder();
        for (String state : text.split("_", -1)) {
            if (sb.length() > 0) {
                sb.append('_');
            }
            for (String t : new String[] {state.substring(3, 6), state.substring(0, 3)}) {
                sb.append(t.equals("---") ? t : (t.charAt(0) == '0' ? "1" : "0") + t.substring(1));
            }
        }
        return sb.toString();
    }

    /** The least run per output over every machine of the space (blank-0 tape). */
    static Map<String, Run> bruteForce(MachineSpace space, int maxSteps) {
        Map<String, Run> best = new HashMap<>();
        long size = space.size().longValueExact();
        for (long index = 0; index < size; index++) {
            Run run = run(space, index, maxSteps);
            if (run != null) {
                best.merge(run.output(), run, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
            }
        }
        return best;
    }

    /**
     * The documented witness of s: the least blank-0 machine printing s, unless the least one printing the complement
     * of s has fewer states, transitions or steps; then that machine's complement, run from the blank-1 tape.
     */
    static String[] expected(Map<String, Run> best, String s) {
        Run zero = best.get(s);
        Run one = best.get(complement(s));
        Comparator<Run> size = Comparator.comparingInt(Run::states).thenComparingInt(Run::defined)
                .thenComparingInt(Run::steps);
        if (zero != null && (one == null || size.compare(zero, one) <= 0)) {
            return new String[] {zero.leaf(), "0", "" + zero.steps()};
        }
        return new String[] {complementMachine(one.leaf()), "1", "" + one.steps()};
    }

    @ParameterizedTest
    @CsvSource({"1,1,2,1", "1,1,2,5", "1,2,2,6", "1,2,2,3", "1,3,2,21", "2,1,2,10", "2,2,2,12", "2,2,2,30"})
    void treeWitnessesAreTheLeastMachinesOfEveryOutput(int dim, int n, int k, int maxSteps) throws IOException {
        MachineSpace space = new MachineSpace(dim, n, k);
        Map<String, Run> best = bruteForce(space, maxSteps);
        java.util.Set<String> strings = new java.util.TreeSet<>();
        for (String s : best.keySet()) {
            strings.add(s);
            strings.add(complement(s));
        }
        for (int threads : new int[] {1, 2}) {
            EnumerationResult r = new TreeEnumerator(space, maxSteps).threads(threads).run();
            org.ait.ctm.CtmTable table = org.ait.ctm.Tables.fromEnumeration(r);
            assertEquals(table.patterns(), r.witnesses().size());
            for (String s : strings) {
                String[] want = expected(best, s);
                org.ait.ctm.Witness got = table.witness(s);
                assertNotNull(got, () -> "no witness for " + s);
                String where = "witness of " + s + " in " + space + " cutoff " + maxSteps;
                assertEquals(want[0], got.machine(), where);
                assertEquals(want[1], "" + got.blank(), where);
                assertEquals(want[2], "" + got.steps(), where);
            }
            assertTrue(strings.size() > 0);
        }
    }
}
