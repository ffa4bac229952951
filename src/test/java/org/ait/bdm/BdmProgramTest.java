package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.SplittableRandom;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BDM programs with the shipped D(5) table: run, they print the input (up to the leftover the partition drops), and
 * their bits are the scorer's BDM, for random strings under every partition.
 */
class BdmProgramTest {

    static CtmTable d5;
    static CtmValues values;

    @BeforeAll
    static void load() throws IOException {
        d5 = TableCatalog.load("ctm-1d-s5-k2");
        values = CtmValues.of(d5);
    }

    static String random(SplittableRandom r, int n, double ones) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextDouble() < ones ? '1' : '0');
        }
        return sb.toString();
    }

    /** Runs the program of x and checks it against the input and the scorer. */
    static BdmProgram check(BdmScorer scorer, String x) {
        SymbolGrid g = SymbolGrid.parse(x);
        BdmProgram p = BdmProgram.of(scorer, d5, g);
        assertEquals(x, p.run() + p.leftover(), () -> scorer + " on " + x);
        assertEquals(scorer.bdm(g), p.bits(), 1e-9 * Math.max(1, p.bits()), () -> scorer + " on " + x);
        long windows = 0;
        for (BdmProgram.Block b : p.blocks()) {
            windows += b.occurrences();
            if (!b.literal()) {
                assertEquals(b.text(), b.witness().output());
                assertEquals(d5.complexity(b.text()), b.complexity(), 1e-12);
            } else {
                assertTrue(Double.isNaN(d5.complexity(b.text())));
            }
        }
        long repeated = 0;
        for (BdmProgram.Repeat r : p.repeats()) {
            repeated += r.repetitions();
        }
        assertEquals(windows, repeated);
        return p;
    }

    @Test
    void programsReproduceRandomStringsUnderEveryPartition() {
        SplittableRandom r = new SplittableRandom(12);
        BdmScorer[] scorers = {
            BdmScorer.builder(values).block(12).build(),
            BdmScorer.builder(values).block(8).partition(Partition.IGNORE).build(),
            BdmScorer.builder(values).block(12).partition(Partition.CORRELATED).shift(1).build(),
            BdmScorer.builder(values).block(12).partition(Partition.CORRELATED).shift(5).build(),
            BdmScorer.builder(values).block(12).partition(Partition.RECURSIVE).build(),
            BdmScorer.builder(values).block(10).partition(Partition.RECURSIVE).minLength(4).build(),
            BdmScorer.builder(values).block(12).partition(Partition.PERIODIC).build(),
        };
        for (int i = 0; i < 300; i++) {
            int n = 1 + r.nextInt(i < 200 ? 60 : 400);
            String x = random(r, n, r.nextDouble());
            for (BdmScorer s : scorers) {
                check(s, x);
            }
        }
    }

    @Test
    void repeatsFollowTheInput() {
        BdmScorer s = BdmScorer.builder(values).block(12).build();
        String a = "010101010101";
        String b = "000000000000";
        BdmProgram p = check(s, a + a + a + b + a + "0110");
        assertEquals(2, p.blocks().size());
        assertEquals(a, p.blocks().get(0).text());
        assertEquals(4, p.blocks().get(0).occurrences());
        assertEquals("0110", p.leftover());
        assertEquals(3, p.repeats().size());
        assertEquals(new BdmProgram.Repeat(0, 3, 0), p.repeats().get(0));
        assertEquals(new BdmProgram.Repeat(1, 1, 36), p.repeats().get(1));
        assertEquals(new BdmProgram.Repeat(0, 1, 48), p.repeats().get(2));
        String text = p.text();
        assertTrue(text.contains("#1 " + a + " x4"), text);
        assertTrue(text.contains("machine " + p.blocks().get(0).witness().machine()), text);
        assertTrue(text.contains("in order: #1x3 #2 #1"), text);
        assertTrue(text.contains("leftover not covered: 0110"), text);
    }

    @Test
    void blocksNoMachinePrintsAreLiterals() {
        // No (5,2) machine prints 000110100111 within 500 steps: BDM charges it the largest K of length 12 + 1 bit.
        BdmScorer s = BdmScorer.builder(values).block(12).build();
        String missing = "000110100111";
        assertNull(d5.witness(missing));
        BdmProgram p = check(s, "010101010101" + missing + missing);
        assertEquals(1, p.literals());
        BdmProgram.Block b = p.blocks().get(1);
        assertTrue(b.literal());
        assertEquals(2, b.occurrences());
        assertNotNull(p.blocks().get(0).witness());
        assertTrue(p.text().contains("literal"));
    }

    @Test
    void tablesWithoutWitnessesAndTwoDimensionalScorersAreRefused() throws IOException {
        BdmScorer s = BdmScorer.builder(values).block(12).build();
        CtmTable old;
        try (var in = org.ait.ctm.TableFile.class.getResourceAsStream("ctm-1d-s3-k2-format2.ctm")) {
            old = org.ait.ctm.TableFile.read(in, "old");
        }
        CtmTable noWitnesses = old;
        assertThrows(IllegalArgumentException.class, () -> BdmProgram.of(s, noWitnesses, SymbolGrid.parse("0101")));
        CtmTable small2D = org.ait.ctm.Tables.fromEnumeration(
                new org.ait.tm.TreeEnumerator(new org.ait.tm.MachineSpace(2, 2, 2), 30).run());
        BdmScorer twoD = BdmScorer.builder(CtmValues.of(small2D)).block(1, 2).build();
        assertThrows(IllegalArgumentException.class, () -> BdmProgram.of(twoD, d5, SymbolGrid.parseRows("01", "10")));
    }
}
