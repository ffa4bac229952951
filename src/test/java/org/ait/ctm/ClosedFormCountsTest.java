package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Counts of the one-cell outputs, known in closed form (formalism: n states, 4n + 2 choices per transition, blank-0
 * tape, each output counted with its complement's machines, as if run on blank 1). From blank 0, a one-cell output
 * "a" needs the first transition to halt writing a (a run that moves has visited two cells), the other 2n - 1
 * transitions are free: (4n+2)^(2n-1) machines; with complements, twice that for "0" and for "1". Every shipped
 * binary 1D table, D(6) included, must hold it exactly. (Two-cell outputs already come from runs that go back and
 * forth: no such short formula.)
 */
class ClosedFormCountsTest {

    @Test
    void oneCellOutputs() throws IOException {
        for (int n = 1; n <= 6; n++) {
            Path file = Path.of("ctm-tables", "ctm-1d-s" + n + "-k2.ctm");
            if (n == 6 && !Files.exists(file)) {
                continue;
            }
            CtmTable t = TableFile.read(file, 2);
            BigInteger c = BigInteger.valueOf(4L * n + 2);
            long one = 2 * c.pow(2 * n - 1).longValueExact();
            for (String s : new String[] {"0", "1"}) {
                assertEquals(one, t.count(s), "D(" + n + ") " + s);
            }
        }
    }
}
