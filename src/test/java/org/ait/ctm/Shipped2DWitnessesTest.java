package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.ait.tm.Turmite;
import org.ait.tm.TuringMachine;
import org.junit.jupiter.api.Test;

/**
 * The witnesses of the shipped 2D table: every array with both sides at most 4 that (5,2) turmites print has a
 * witness that the plain turmite simulator runs from its blank grid to exactly that array, in the stated steps,
 * within the 100-step cutoff, with the table's count and K. The rebuilt table with witnesses is 98 MB, too large for
 * git as it is (see ctm-tables/README.md); its arrays up to 4x4 ({@code ait tables trim --max-side 4}, 317 KB, the
 * same counts as the shipped table there) are a test resource.
 */
class Shipped2DWitnessesTest {

    @Test
    void everyArrayUpTo4x4HasAWitnessThatPrintsIt() throws IOException {
        CtmTable t = TableFile.read(Path.of("src", "test", "resources", "org", "ait", "ctm",
                "ctm-2d-s5-k2-side4-witnesses.ctm"));
        assertTrue(t.hasWitnesses());
        CtmTable shipped = TableFile.read(Path.of("ctm-tables", "ctm-2d-s5-k2.ctm"), 4);
        int checked = 0;
        for (CtmTable.Row row : t.rows(4)) {
            String s = row.output();
            Witness w = t.witness(s);
            assertNotNull(w, () -> "no witness for " + s);
            TuringMachine.RunResult r = Turmite.parse(w.machine()).run(100, w.blank());
            assertTrue(r.halted(), () -> w.machine() + " does not halt from blank " + w.blank());
            assertEquals(s, r.output(), () -> w.machine() + " from blank " + w.blank());
            assertEquals(w.steps(), r.steps(), () -> "steps of " + w.machine());
            assertEquals(row.count(), w.count());
            assertEquals(shipped.count(s), w.count(), () -> "count of " + s + " in the shipped table");
            assertEquals(row.complexity(), w.complexity(), 1e-12);
            checked++;
        }
        // Every array up to 4x4 (all rectangles of sides 1..4 over 2 symbols) has a value in this table.
        long arrays = 0;
        for (int r = 1; r <= 4; r++) {
            for (int c = 1; c <= 4; c++) {
                arrays += 1L << (r * c);
            }
        }
        assertEquals(arrays, checked);
    }
}
