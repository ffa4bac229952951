package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.ait.ctm.Coverage;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * BDM beyond 12-symbol blocks with the shipped D(6) table: every string of the lengths D(6) completes has a value,
 * and scoring with blocks of those lengths agrees with the plain implementation ({@link NaiveBdm}) on random strings,
 * with no block missing.
 */
class D6BlocksTest {

    static final Path D6 = Path.of("ctm-tables", "ctm-1d-s6-k2.ctm");

    @Test
    void blocksOfTheCompleteLengths() throws IOException {
        Assumptions.assumeTrue(Files.exists(D6), "D(6) not shipped");
        CtmTable t = TableFile.read(D6);
        List<Coverage> coverage = Coverage.of(t);
        int complete = 0;
        while (complete < coverage.size() && coverage.get(complete).have() == (long) coverage.get(complete).of()) {
            complete++;
        }
        assertTrue(complete >= 13, "D(6) complete up to length " + complete);
        CtmValues values = CtmValues.of(t);
        Random rnd = new Random(6);
        for (int block = 13; block <= complete; block++) {
            for (Partition p : Partition.values()) {
                BdmScorer s = BdmScorer.builder(values).block(block).partition(p).build();
                for (int trial = 0; trial < 8; trial++) {
                    SymbolGrid x = BdmPropertiesTest.random(rnd, 1, 40 + rnd.nextInt(200), 2, rnd.nextDouble());
                    BdmResult got = s.score(x);
                    BdmPropertiesTest.assertSame(NaiveBdm.of(s).score(x), got, s + " on " + x);
                    assertEquals(0, got.missingBlocks(), "no block of length " + block + " lacks a value");
                }
            }
        }
    }
}
