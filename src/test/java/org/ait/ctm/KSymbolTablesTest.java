package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped sampled (4,k) tables: every string of length 10 or less has a value, and the share of draws with a
 * one-symbol output matches its exact value. A run's output has one symbol only when the machine halts on its
 * first step (any move visits a second cell), which happens for k of the 2nk + k choices of the first transition:
 * exactly 1/(2n + 1) = 1/9 of all (4,k) machines. Those draws halt before any split, so their count is binomial.
 */
class KSymbolTablesTest {

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 9})
    void everyStringUpToLength10AndTheExactFirstStepShare(int k) throws IOException {
        CtmTable t = TableFile.read(Path.of("ctm-tables", "ctm-1d-s4-k" + k + ".ctm"));
        Provenance p = t.provenance();
        assertEquals(k, t.symbols());
        assertEquals(k == 9 ? 4000 : 2000, p.getLong(Provenance.MAX_STEPS));
        assertTrue(t.sampled());
        long[] byLength = t.stringsByLength();
        for (int len = 1; len <= 10; len++) {
            assertEquals(Math.pow(k, len), byLength[len], 0, "strings of length " + len + " with a value");
        }
        long draws = p.getLong(Provenance.SAMPLES);
        double oneSymbol = t.count("0") / (double) (draws * t.unit());
        double sd = Math.sqrt((1 / 9.0) * (8 / 9.0) / draws);
        System.out.printf("k=%d: one-symbol share %.7f (exact %.7f, sd %.1e)%n", k, oneSymbol, 1 / 9.0, sd);
        assertEquals(1 / 9.0, oneSymbol, 4 * sd);
        // Its interval, from the table's own effective counts, holds the exact K('0') = -log2((1/9) / share / k).
        double halting = t.halting() / (double) (draws * t.unit());
        double exactK = -Math.log(1 / 9.0 / halting / k) / Math.log(2);
        double[] ci = t.interval("0", 3.2905267314919255);
        assertTrue(ci[0] <= exactK && exactK <= ci[1], "K('0') " + exactK + " outside [" + ci[0] + ", " + ci[1] + "]");
    }
}
