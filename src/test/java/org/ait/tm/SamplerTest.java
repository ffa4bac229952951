package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sampled tables: the draws are uniform over machines (so each K estimate is unbiased), the build is the same
 * for any thread count and after a resume, and the 95% intervals cover the exact values about 95% of the time.
 */
class SamplerTest {

    static final MachineSpace SPACE = new MachineSpace(1, 3, 3);
    static final int STEPS = 60;

    @Test
    void intervalsCoverTheExactValuesAbout95PercentOfTheTime() throws IOException {
        CtmTable exact = Tables.fromEnumeration(new TreeEnumerator(SPACE, STEPS).threads(2).run());
        double share = (double) exact.halting() / SPACE.size().doubleValue();
        int checked = 0;
        int covered = 0;
        // Eight independent samples of 500,000 machines: every pattern expected in at least 20 draws is one check.
        for (long seed = 1; seed <= 8; seed++) {
            CtmTable sampled = Tables.fromEnumeration(
                    new TreeEnumerator(SPACE, STEPS).threads(2).sample(500_000, seed).run());
            assertTrue(sampled.sampled());
            // H0 / draws estimates H0 / space size.
            assertEquals(share, sampled.halting() / 500_000.0, 4 * Math.sqrt(share * (1 - share) / 500_000));
            for (CtmTable.Row row : exact.rows(Integer.MAX_VALUE)) {
                double expectedDraws = sampled.halting() * Math.pow(2, -row.complexity()) * relabellings(row.output());
                if (expectedDraws < 20 || !row.output().equals(org.ait.ctm.Patterns.canonical(row.output()))) {
                    continue;
                }
                double[] ci = sampled.interval(row.output());
                checked++;
                if (ci != null && ci[0] <= row.complexity() && row.complexity() <= ci[1]) {
                    covered++;
                }
            }
        }
        double rate = (double) covered / checked;
        System.out.printf("sampler: %d of %d intervals (%.1f%%) hold the exact value%n", covered, checked, 100 * rate);
        assertTrue(checked >= 300, "intervals checked: " + checked);
        assertTrue(rate > 0.92 && rate < 0.98, "coverage " + rate);
    }

    static long relabellings(String s) {
        return org.ait.ctm.Patterns.relabellings(SPACE.symbols(),
                org.ait.ctm.Patterns.distinctSymbols(org.ait.ctm.Patterns.canonical(s)));
    }

    @Test
    void sameDrawsForAnyThreadCountAndAfterAResume(@TempDir Path dir) throws IOException {
        EnumerationResult one = new TreeEnumerator(SPACE, STEPS).threads(1).sample(1_000_000, 5).run();
        EnumerationResult two = new TreeEnumerator(SPACE, STEPS).threads(2).sample(1_000_000, 5).run();
        assertEquals(one.counts(), two.counts());
        assertEquals(one.halting(), two.halting());
        assertEquals(1_000_000, two.totalWeight());
        Path ckpt = dir.resolve("s.ckpt");
        try {
            new TreeEnumerator(SPACE, STEPS).threads(2).sample(1_000_000, 5).checkpoint(ckpt, false)
                    .checkpointInterval(0).listener((done, total, nodes, steps, elapsed) -> done < 2).run();
        } catch (BuildInterruptedException expected) {
            // stopped after the first batches, as a kill would
        }
        assertTrue(java.nio.file.Files.exists(ckpt), "the interrupted build left a checkpoint");
        EnumerationResult resumed = new TreeEnumerator(SPACE, STEPS).threads(2).sample(1_000_000, 5)
                .checkpoint(ckpt, true).run();
        assertEquals(one.counts(), resumed.counts());
        EnumerationResult other = new TreeEnumerator(SPACE, STEPS).threads(2).sample(1_000_000, 6).run();
        assertTrue(!other.counts().equals(one.counts()), "another seed draws other machines");
    }
}
