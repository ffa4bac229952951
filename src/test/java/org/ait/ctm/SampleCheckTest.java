package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The shipped tables against plain runs of random machines: they agree (at the tables' own cutoff), and the same
 * check fails when the runs are cut shorter than the table was built with, so it can tell.
 */
class SampleCheckTest {

    @Test
    void shippedD4AndD5AgreeWithPlainRunsOfRandomMachines() throws IOException {
        for (String name : new String[] {"ctm-1d-s4-k2", "ctm-1d-s5-k2"}) {
            CtmTable t = TableCatalog.load(name);
            SampleCheck.Result r = SampleCheck.run(t, 200_000, 7, SampleCheck.cutoff(t), 2, done -> { });
            assertEquals(0, r.missing(), name + ": a sampled output is missing: " + r.firstMissing());
            assertTrue(r.passed(5, 1e-6), name + ": " + r);
            assertTrue(r.bins() > 10, name + ": too few patterns tested: " + r.bins());
        }
    }

    @Test
    void runsCutShorterThanTheTableDisagree() throws IOException {
        CtmTable t = TableCatalog.load("ctm-1d-s4-k2");
        SampleCheck.Result r = SampleCheck.run(t, 200_000, 7, 4, 2, done -> { });
        assertFalse(r.passed(5, 1e-6), r.toString());
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() throws IOException {
        CtmTable t = TableCatalog.load("ctm-1d-s4-k2");
        assertEquals(SampleCheck.run(t, 50_000, 3, SampleCheck.cutoff(t), 1, done -> { }),
                SampleCheck.run(t, 50_000, 3, SampleCheck.cutoff(t), 4, done -> { }));
    }
}
