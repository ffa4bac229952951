package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import org.ait.tm.TuringMachine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Witnesses of tables built here, D(1) to D(4): every output's witness, run by the plain simulator, prints exactly
 * that output from its blank tape within the cutoff, defines only transitions its run reads, has the fewest states
 * of any table that has the output, and carries the table's count and K.
 */
class WitnessTest {

    static final int[] CUTOFF = {0, 1, 6, 21, 107};
    static final List<CtmTable> D = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        D.add(null);
        for (int n = 1; n <= 4; n++) {
            D.add(Tables.fromEnumeration(new TreeEnumerator(new MachineSpace(1, n, 2), CUTOFF[n]).threads(2).run()));
        }
    }

    /** Checks one witness against the plain simulator; returns it. */
    static Witness check(CtmTable table, String s, int cutoff) {
        Witness w = table.witness(s);
        assertNotNull(w, () -> "no witness for " + s);
        assertEquals(s, w.output());
        TuringMachine m = TuringMachine.parse(w.machine());
        TuringMachine.RunResult r = m.run(cutoff, w.blank(), null);
        assertTrue(r.halted(), () -> w.machine() + " does not halt from blank " + w.blank());
        assertEquals(s, r.output(), () -> w.machine() + " from blank " + w.blank());
        assertEquals(w.steps(), r.steps(), () -> "steps of " + w.machine());
        assertEquals(table.count(s), w.count());
        assertEquals(table.complexity(s), w.complexity(), 1e-12);
        // A tree leaf: every transition it defines is read (without it, the run no longer prints s), and its states
        // are A and the targets of its transitions.
        String[] states = w.machine().split("_");
        int defined = 0;
        int visited = 1;
        for (int q = 0; q < states.length; q++) {
            for (int t = 0; t < states[q].length(); t += 3) {
                String tr = states[q].substring(t, t + 3);
                if (tr.equals("---")) {
                    continue;
                }
                defined++;
                if (tr.charAt(1) != '-') {
                    visited |= 1 << (tr.charAt(2) - 'A');
                }
                String[] without = states.clone();
                without[q] = states[q].substring(0, t) + "---" + states[q].substring(t + 3);
                TuringMachine.RunResult cut = TuringMachine.parse(String.join("_", without)).run(cutoff, w.blank(), null);
                assertFalse(cut.halted() && s.equals(cut.output()), () -> w.machine() + " does not need " + tr);
            }
        }
        assertEquals(defined, w.transitions());
        assertEquals(Integer.bitCount(visited), w.states());
        return w;
    }

    @Test
    void everyOutputOfD1ToD4HasAWitnessThatPrintsIt() {
        for (int n = 1; n <= 4; n++) {
            CtmTable t = D.get(n);
            assertTrue(t.hasWitnesses());
            int checked = 0;
            for (CtmTable.Row row : t.rows(99)) {
                Witness w = check(t, row.output(), CUTOFF[n]);
                assertTrue(w.states() <= n);
                checked++;
            }
            assertEquals(t.distinctOutputs(), checked);
        }
    }

    @Test
    void witnessesHaveTheFewestStatesOfAnyTableThatHasTheString() {
        for (CtmTable.Row row : D.get(4).rows(8)) {
            String s = row.output();
            int fewest = 1;
            while (D.get(fewest).count(s) == 0) {
                fewest++;
            }
            assertEquals(fewest, D.get(4).witness(s).states(), s);
        }
    }

    @Test
    void aStringAndItsComplementHaveWitnessesOfOneSize() {
        // Both are the least of the same machines (those printing either from the blank-0 tape, complemented for the
        // blank-1 tape): equally small; at least one runs from blank 0, and a blank-1 witness is the complement of
        // the other string's.
        CtmTable t = D.get(4);
        for (CtmTable.Row row : t.rows(99)) {
            Witness w = t.witness(row.output());
            String complement = row.output().replace('0', '2').replace('1', '0').replace('2', '1');
            Witness c = t.witness(complement);
            assertEquals(w.steps(), c.steps());
            assertEquals(w.states(), c.states());
            assertEquals(w.transitions(), c.transitions());
            assertTrue(w.blank() == 0 || c.blank() == 0);
            if (w.blank() == 1) {
                assertEquals(org.ait.tm.MachineCode.complement(org.ait.tm.MachineCode.parse(c.machine(), SPACE4), SPACE4),
                        org.ait.tm.MachineCode.parse(w.machine(), SPACE4));
            }
        }
    }

    static final MachineSpace SPACE4 = new MachineSpace(1, 4, 2);

    @Test
    void aStringNoMachinePrintsHasNoWitness() {
        assertNull(D.get(2).witness("01010101"));
        assertThrows(IllegalArgumentException.class, () -> D.get(2).witness("012"));
    }

    @Test
    void examples() {
        // The least machine printing '0': halt writing 0 at once; '1' likewise, from the same blank tape; '01' needs
        // a move and, as one state would repeat that move forever, a second state.
        assertEquals("0-H---", D.get(1).witness("0").machine());
        assertEquals("1-H---", D.get(1).witness("1").machine());
        assertEquals(0, D.get(1).witness("1").blank());
        Witness w = D.get(4).witness("01");
        assertEquals("0RB---_1-H---_------_------", w.machine());
        assertEquals(2, w.states());
        assertEquals(2, w.transitions());
        assertEquals(2, w.steps());
    }
}
