package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ait.tm.OutputCodec;
import org.ait.tm.TuringMachine;
import org.junit.jupiter.api.Test;

/**
 * The witnesses of the shipped tables: every string of length at most 12 that D(5) has and every output of D(4), run
 * by the plain simulator, print exactly that string from their blank tape within the cutoff, with the table's count
 * and K; those of length at most 8 have the fewest states of D(1)..D(5); and a lookup takes well under a millisecond.
 */
class ShippedWitnessesTest {

    static CtmTable load(String name) throws IOException {
        return TableFile.read(Path.of("ctm-tables", name + ".ctm"));
    }

    @Test
    void everyStringOfD5UpToLength12AndEveryOutputOfD4HasAWitnessThatPrintsIt() throws IOException {
        CtmTable d5 = load("ctm-1d-s5-k2");
        List<CtmTable> d = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            d.add(load("ctm-1d-s" + n + "-k2"));
        }
        int checked = 0;
        for (int len = 1; len <= 12; len++) {
            for (long c = 0; c < 1L << len; c++) {
                String s = OutputCodec.unpack((1L << len) | c, 2);
                if (d5.count(s) == 0) {
                    assertEquals(null, d5.witness(s), s);
                    continue;
                }
                Witness w = WitnessTest.check(d5, s, 500);
                checked++;
                if (len <= 8) {
                    int fewest = 1;
                    while (fewest <= 4 && d.get(fewest - 1).count(s) == 0) {
                        fewest++;
                    }
                    assertEquals(fewest, w.states(), () -> "states of the witness of " + s);
                }
            }
        }
        assertEquals(8188, checked, "the strings of length <= 12 that (5,2) machines print within 500 steps");
        CtmTable d4 = d.get(3);
        for (CtmTable.Row row : d4.rows(99)) {
            assertTrue(WitnessTest.check(d4, row.output(), 107).states() <= 4);
        }
    }

    @Test
    void aLookupTakesWellUnderAMillisecond() throws IOException {
        CtmTable d5 = load("ctm-1d-s5-k2");
        d5.witnesses();
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        String[] s = new String[20000];
        for (int i = 0; i < s.length; i++) {
            s[i] = OutputCodec.unpack((1L << 12) | r.nextInt(1 << 12), 2);
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (String x : s) {
                d5.witness(x);
            }
            best = Math.min(best, (System.nanoTime() - t0) / s.length);
        }
        assertTrue(best < 1_000_000, best + " ns per lookup");
    }
}
