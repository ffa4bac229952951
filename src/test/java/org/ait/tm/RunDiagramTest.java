package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Space-time diagrams: a run worked out by hand, and on random machines the diagram agrees with the plain simulator
 * (its last row is the output, one row per step) and is a run at all (between rows only the cell under the head
 * changes, and the head moves one cell).
 */
class RunDiagramTest {

    /** The 2-state busy beaver with a halting transition that writes and stays, worked out by hand. */
    @Test
    void theTwoStateBusyBeaverByHand() {
        RunDiagram d = RunDiagram.of("1RB1LB_1LA1-H", 0, 100);
        List<String> lines = d.lines();
        assertEquals("run of 1RB1LB_1LA1-H from a blank-0 tape: halts after 6 steps; cells -2..1 (0 = the start"
                + " cell), [ ] the head, the state about to act (H: halted)", lines.get(0));
        assertEquals(List.of(
                "    0 A  0  0 [0] 0",
                "    1 B  0  0  1 [0]",
                "    2 A  0  0 [1] 1",
                "    3 B  0 [0] 1  1",
                "    4 A [0] 1  1  1",
                "    5 B  1 [1] 1  1",
                "    6 H  1 [1] 1  1"), lines.subList(1, lines.size()));
        assertTrue(d.halted());
    }

    @Test
    void blankOneUndefinedTransitionsAndCutoffs() {
        RunDiagram ones = RunDiagram.of("---0-H", 1, 10);
        assertEquals(List.of("    0 A [1]", "    1 H [0]"), ones.lines().subList(1, 3));
        RunDiagram partial = RunDiagram.of("1RB---_---1LA", 0, 10);
        assertFalse(partial.halted());
        assertTrue(partial.lines().get(0).contains("reads a transition it does not define at step 2"));
        assertEquals(2, partial.rows().size());
        RunDiagram forever = RunDiagram.of("1RA1RA", 0, 5);
        assertFalse(forever.halted());
        assertTrue(forever.lines().get(0).contains("does not halt within 5 steps"));
        assertEquals("11111[0]", forever.lines().get(6).substring(8).replace(" ", ""));
        assertThrows(IllegalArgumentException.class, () -> RunDiagram.of("1RB1LB_1LA1-H", 2, 10));
    }

    @Test
    void randomMachinesAgreeWithThePlainSimulator() {
        SplittableRandom random = new SplittableRandom(7);
        MachineSpace space = new MachineSpace(1, 3, 2);
        int halting = 0;
        for (int i = 0; i < 3000; i++) {
            long index = random.nextLong(space.size().longValueExact());
            TuringMachine m = TuringMachine.fromIndex(space, index);
            TuringMachine.RunResult plain = m.run(60, i % 2, null);
            String text = text(m, 3);
            RunDiagram d = RunDiagram.of(text, i % 2, 60);
            assertEquals(plain.halted(), d.halted(), text);
            List<RunDiagram.Row> rows = d.rows();
            assertEquals(plain.steps() + 1, rows.size(), text);
            if (plain.halted()) {
                halting++;
                assertEquals(plain.output(), rows.get(rows.size() - 1).cells(), text);
            }
            for (int t = 1; t < rows.size(); t++) {
                RunDiagram.Row a = rows.get(t - 1);
                RunDiagram.Row b = rows.get(t);
                for (int c = 0; c < a.cells().length(); c++) {
                    if (c != a.head()) {
                        assertEquals(a.cells().charAt(c), b.cells().charAt(c), text);
                    }
                }
                assertEquals(b.state() < 0 ? 0 : 1, Math.abs(b.head() - a.head()), text);
            }
        }
        assertTrue(halting > 300, "halting runs: " + halting);
    }

    /** The formalism-§1 text of a full machine, from its transitions. */
    private static String text(TuringMachine m, int states) {
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < states; q++) {
            sb.append(q > 0 ? "_" : "");
            for (int read = 0; read < 2; read++) {
                TuringMachine.Action a = m.action(q, read);
                sb.append(a.write()).append(a.halts() ? "-H" : (a.move() < 0 ? "L" : "R") + (char) ('A' + a.next()));
            }
        }
        return sb.toString();
    }
}
