package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped D(5) table (computed by our enumerator, 500-step cutoff) against the published values in
 * {@code ../shared/reference/ctm-1d-k2-published-d5.tsv}: 8,188 strings within 1e-9, and no value for the two
 * strings no (5,2) machine produces within 500 steps.
 */
class PublishedD5Test {

    static final Path SHIPPED = Paths.get("ctm-tables", "ctm-1d-s5-k2.ctm");
    static final Path REFERENCE = Paths.get("..", "shared", "reference", "ctm-1d-k2-published-d5.tsv");
    static final Set<String> NOT_PRODUCED = Set.of("000110100111", "111001011000");

    @Test
    void shippedTableHasTheExactPublishedStatistics() throws IOException {
        assertTrue(Files.exists(SHIPPED), "the D(5) table ships in ctm-tables/");
        CtmTable t = TableFile.read(SHIPPED);
        assertEquals(6_897_263_888_672L, t.halting());
        assertEquals(99_608, t.distinctOutputs());
        assertEquals(500L, t.provenance().getLong(Provenance.MAX_STEPS));
        assertEquals(t.provenance().getLong(Provenance.SPACE_SIZE), t.halting()
                + t.provenance().getLong(Provenance.PROVED_NON_HALTING) + t.provenance().getLong(Provenance.CUT_OFF));
        assertEquals(2.5142767361233522, t.complexity("0"), 1e-12);
        assertEquals(25.610413747641715, t.complexity("0".repeat(12)), 1e-12);
    }

    @Test
    void agreesWithThePublishedValues() throws IOException {
        assumeTrue(Files.exists(REFERENCE), "reference file not present: " + REFERENCE);
        CtmTable t = TableFile.read(SHIPPED);
        int compared = 0;
        double worst = 0;
        try (BufferedReader r = Files.newBufferedReader(REFERENCE)) {
            String line = r.readLine();
            assertEquals("string\tctm", line);
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                double ours = t.complexity(f[0]);
                if (NOT_PRODUCED.contains(f[0])) {
                    assertTrue(Double.isNaN(ours), f[0] + " must have no value");
                    continue;
                }
                double diff = Math.abs(ours - Double.parseDouble(f[1]));
                worst = Math.max(worst, diff);
                assertTrue(diff <= 1e-9, () -> f[0] + ": ours " + ours + ", published " + f[1]);
                compared++;
            }
        }
        assertEquals(8188, compared);
        assertTrue(worst < 1e-12, "worst |dK| " + worst);
    }
}
