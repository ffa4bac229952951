package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.junit.jupiter.api.Test;

/** 2D BDM with our own exact (5,2) turmite table: block values straight from the table, rectangular blocks too. */
class OwnTwoDimensionalTableTest {

    @Test
    void bdmUsesTheTableValues() throws IOException {
        assumeTrue(Files.exists(Paths.get("ctm-tables", "ctm-2d-s5-k2.ctm")), "the 2D table is not built yet");
        CtmTable t = TableCatalog.load("ctm-2d-s5-k2");
        CtmValues v = CtmValues.of(t);
        BdmScorer bdm = BdmScorer.builder(v).build();
        assertEquals(new BlockShape(4, 4), bdm.block());
        byte[] ones = new byte[144];
        Arrays.fill(ones, (byte) 1);
        // Nine identical 4x4 blocks: K + log2 9.
        assertEquals(t.complexity("1111-1111-1111-1111") + Math.log(9) / Math.log(2),
                bdm.bdm(new SymbolGrid(12, 12, ones)), 1e-12);
        BdmResult r = bdm.score(SymbolGrid.parseRows("0010", "1001", "0011", "1010"));
        assertEquals(t.complexity("0010-1001-0011-1010"), r.bdm(), 1e-12);
        assertEquals(0, r.missingBlocks());
        // A rectangular block shape, which the published (square-only) table cannot offer.
        BdmScorer rect = BdmScorer.builder(v).block(2, 3).build();
        assertEquals(t.complexity("010-111") + t.complexity("000-000"),
                rect.bdm(SymbolGrid.parseRows("010000", "111000")), 1e-12);
    }
}
