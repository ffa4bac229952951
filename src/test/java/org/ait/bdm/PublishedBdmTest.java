package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The published BDM values of formalism §3 (block 12 / 4x4, partition ignore, log2), to 1e-12. */
class PublishedBdmTest {

    static final String MIXED = "0".repeat(6) + "1".repeat(12) + "0".repeat(18) + "1".repeat(12);

    @Test
    void oneDimensionalValuesWithOurOwnD5Table() {
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.d5()).block(12).build();
        assertEquals(26.610413747641715, bdm.bdm(SymbolGrid.parse("0".repeat(24))), 1e-12);
        assertEquals(51.22082749528343, bdm.bdm(SymbolGrid.parse("0".repeat(12) + "1".repeat(12))), 1e-12);
        assertEquals(114.06151272200972, bdm.bdm(SymbolGrid.parse(MIXED)), 1e-12);
        assertEquals(0, bdm.score(SymbolGrid.parse("0".repeat(24))).entropy(), 1e-12);
        assertEquals(1, bdm.score(SymbolGrid.parse("0".repeat(12) + "1".repeat(12))).entropy(), 1e-12);
        assertEquals(2, bdm.score(SymbolGrid.parse(MIXED)).entropy(), 1e-12);
    }

    @Test
    void perturbationOfOnesWithOurOwnD5Table() {
        // Formalism §3 lists 26.91763012739709 as "BDM after"; it is the change: '1'*30 scores
        // K(1^12) + log2 2 = 26.61; after flipping index 10 it scores K(111111111101) + K(1^12) = 53.53.
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.d5()).block(12).build();
        Perturbation p = bdm.perturbation(SymbolGrid.parse("1".repeat(30)));
        assertEquals(26.91763012739709, p.delta(10, 0), 1e-12);
        assertEquals(26.91763012739709, p.flipDeltas()[10], 1e-12);
        assertEquals(26.610413747641715 + 26.91763012739709, p.set(10, 0), 1e-12);
    }

    @Test
    void normalizedBdmWithThePublishedTable() throws IOException {
        // The published normalisation uses the published table's maximum for length 12 (37.479..., the value it
        // carries for the two strings D(5) does not produce), so it is reproduced with that table.
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.published1d()).block(12).build();
        assertEquals(0.648665654727082, bdm.score(SymbolGrid.parse("010001100010001")).normalizedBdm(), 1e-12);
        assertEquals(26.610413747641715, bdm.bdm(SymbolGrid.parse("0".repeat(24))), 1e-12);
        assertEquals(114.06151272200972, bdm.bdm(SymbolGrid.parse(MIXED)), 1e-12);
    }

    @Test
    void normalizedBdmWithOurTableCountsTheMissingStrings() {
        // With D(5), the two length-12 strings without a value count max + 1 = 38.064..., which bounds the
        // normalisation: (33.3093113009744 - 25.610413747641715) / (37.06419880313787 + 1 - 25.610413747641715).
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.d5()).block(12).build();
        BdmResult r = bdm.score(SymbolGrid.parse("010001100010001"));
        assertEquals(33.3093113009744, r.bdm(), 1e-12);
        assertEquals(25.610413747641715, r.minBdm(), 1e-12);
        assertEquals(38.06419880313787, r.maxBdm(), 1e-12);
        assertEquals((33.3093113009744 - 25.610413747641715) / (38.06419880313787 - 25.610413747641715),
                r.normalizedBdm(), 1e-12);
    }

    @Test
    void twoDimensionalValuesWithThePublishedTable() throws IOException {
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.published2d()).block(4, 4).build();
        byte[] ones = new byte[144];
        java.util.Arrays.fill(ones, (byte) 1);
        assertEquals(25.176631293734488, bdm.bdm(new SymbolGrid(12, 12, ones)), 1e-12);
        BdmResult r = bdm.score(SymbolGrid.parseRows("0010", "1001", "0011", "1010"));
        assertEquals(30.611364019813294, r.bdm(), 1e-12);
        assertEquals(22.006706292292176, r.minBdm(), 1e-12);
        assertEquals(36.02279026553976, r.maxBdm(), 1e-12);
        assertEquals(0.6139131118181638, r.normalizedBdm(), 1e-12);
        assertEquals(56.359570016884945,
                bdm.bdm(SymbolGrid.parseRows("00000001", "00010001", "11110001", "10000001")), 1e-12);
    }
}
