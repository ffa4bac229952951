package org.ait.collapse.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ait.collapse.Catalog;
import org.ait.collapse.Configuration;
import org.ait.collapse.Generator;
import org.ait.collapse.Loop;
import org.ait.collapse.Mode;
import org.ait.collapse.Schedule;
import org.ait.collapse.data.Strings;
import org.ait.collapse.generators.Machine;
import org.ait.collapse.generators.MachineGenerator;
import org.ait.collapse.metrics.Row;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.ctm.Witness;
import org.junit.jupiter.api.Test;

/** Machine identification beyond two states, through the witness machines of the shipped tables. */
class MachineLearnerTest {

    /** A 3-state witness (of 011011 in D(3)) and a 4-state one (of 10110100 in D(4)) no 2-state machine imitates. */
    static final List<String> TRUTHS = List.of("1RB1RA_1LC0-H_0RA1LB", "1LB0RD_1LC0RB_1RA1RC_0-H1RB");

    @Test
    void witnessesRunAsTheTablesSay() throws Exception {
        // Each candidate, run from the blank tape (the empty input) by the plain simulator of org.ait.tm, prints the
        // output the table names it the witness of, with the table's K.
        Map<String, CtmTable> tables = new HashMap<>();
        for (String name : WitnessCandidates.TABLES) {
            tables.put(name, TableCatalog.load(name));
        }
        for (WitnessCandidates.Candidate c : WitnessCandidates.all()) {
            assertTrue(c.machine().states() > 2, c.machine().text());
            var r = org.ait.tm.TuringMachine.parse(c.machine().text()).run(500, null);
            assertTrue(r.halted(), c.machine().text());
            assertEquals(c.output(), r.output(), c.machine().text());
            Witness w = tables.get(c.table()).witness(c.output());
            assertEquals(w.complexity(), c.k(), 0, c.output());
        }
        assertTrue(WitnessCandidates.all().size() > 500, "witnesses of D(3) and D(4)");
    }

    @Test
    void theTruthsAreWitnessesThatNoTwoStateMachineImitates() {
        Set<String> two = new HashSet<>();
        for (byte[][][] space : MachineLearner.behaviours()) {
            for (byte[][] b : space) {
                two.add(Arrays.deepToString(b));
            }
        }
        for (String text : TRUTHS) {
            Machine m = Machine.parse(text);
            assertTrue(WitnessCandidates.all().stream().anyMatch(c -> c.machine().text().equals(text)), text);
            assertTrue(!two.contains(Arrays.deepToString(MachineGenerator.outputs(m))), text);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void identifiesAndKeepsAThreeAndAFourStateMachineAtAlphaZero() {
        for (String text : TRUTHS) {
            for (String learner : List.of("tm-ctm", "tm-ctm+warm")) {
                Generator<?> g = Catalog.generator("tm:" + text);
                Configuration<Strings> c = (Configuration<Strings>) Catalog.configuration(g, Catalog.learner(learner,
                        g, 1), Schedule.parse("0"), Mode.REPLACE, 200, 10);
                int first = 0;
                int kept = 0;
                int seeds = 10;
                for (long seed = 1; seed <= seeds; seed++) {
                    List<Row> rows = Loop.run(c, seed);
                    assertNotNull(rows.get(0).mechanismRecovered());
                    first += rows.get(0).mechanismRecovered();
                    kept += rows.stream().allMatch(r -> r.mechanismRecovered() == 1) ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "tm:%s %s, n = 200: recovered at generation 0 in %d of %d seeds, kept"
                        + " for 10 generations in %d%n", text, learner, first, seeds, kept);
                assertEquals(seeds, first, text + " " + learner);
                assertEquals(seeds, kept, text + " " + learner);
            }
        }
    }
}
