package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The scorer against {@link NaiveBdm} (an independent string-based implementation) and against the invariants
 * BDM must have, on random objects, for every partition.
 */
class BdmPropertiesTest {

    static final CtmValues SYNTHETIC_2D = SyntheticValues.of(2, 2, 4, 4, true, 9);
    static final CtmValues SYNTHETIC_K3 = SyntheticValues.of(3, 1, 1, 8, false, 11);
    static final CtmValues SYNTHETIC_K4_2D = SyntheticValues.of(4, 2, 3, 3, false, 0);

    static SymbolGrid random(Random rnd, int rows, int cols, int k, double bias) {
        byte[] b = new byte[rows * cols];
        // Biased symbols make repeated blocks (multiplicities > 1) common.
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (rnd.nextDouble() < bias ? 0 : rnd.nextInt(k));
        }
        return new SymbolGrid(rows, cols, b);
    }

    static void assertSame(BdmResult want, BdmResult got, String what) {
        assertEquals(want.bdm(), got.bdm(), 1e-9, what + " bdm");
        assertEquals(want.blocks(), got.blocks(), what + " blocks");
        assertEquals(want.distinctBlocks(), got.distinctBlocks(), what + " distinct");
        assertEquals(want.missingBlocks(), got.missingBlocks(), what + " missing");
        assertEquals(want.entropy(), got.entropy(), 1e-9, what + " entropy");
        assertEquals(want.minBdm(), got.minBdm(), 1e-9, what + " min");
        assertEquals(want.maxBdm(), got.maxBdm(), 1e-9, what + " max");
        assertEquals(want.normalizedBdm(), got.normalizedBdm(), 1e-9, what + " normalized");
        assertEquals(want.normalizedEntropy(), got.normalizedEntropy(), 1e-9, what + " normalized entropy");
    }

    static BdmScorer scorer(CtmValues v, Random rnd, int maxBlockRows, int maxBlockCols) {
        Partition p = Partition.values()[rnd.nextInt(4)];
        int bR = v.dimensions() == 1 ? 1 : 1 + rnd.nextInt(maxBlockRows);
        int bC = 1 + rnd.nextInt(maxBlockCols);
        if (p == Partition.RECURSIVE && v.dimensions() == 2) {
            bC = bR; // squares of every side down to the minimum exist in the synthetic tables
        }
        return BdmScorer.builder(v).block(bR, bC).partition(p).shift(1 + rnd.nextInt(3)).minLength(1 + rnd.nextInt(2))
                .build();
    }

    @Property(tries = 300)
    void oneDimensionalBinaryEqualsNaive(@ForAll long seed) {
        Random rnd = new Random(seed);
        BdmScorer s = scorer(ReferenceValues.d5(), rnd, 1, 12);
        SymbolGrid x = random(rnd, 1, rnd.nextInt(80), 2, rnd.nextDouble());
        assertSame(NaiveBdm.of(s).score(x), s.score(x), s + " on " + x);
    }

    @Property(tries = 200)
    void oneDimensionalThreeSymbolsEqualsNaive(@ForAll long seed) {
        Random rnd = new Random(seed);
        BdmScorer s = scorer(SYNTHETIC_K3, rnd, 1, 8);
        SymbolGrid x = random(rnd, 1, rnd.nextInt(60), 3, rnd.nextDouble());
        assertSame(NaiveBdm.of(s).score(x), s.score(x), s + " on " + x);
    }

    /** A 3-symbol table built by our own enumerator: the (2,3) space, 40-step cutoff (short outputs, many missing). */
    static final CtmValues OWN_K3 = ownK3();

    private static CtmValues ownK3() {
        try {
            return CtmValues.of(org.ait.ctm.Tables.fromEnumeration(
                    new org.ait.tm.TreeEnumerator(new org.ait.tm.MachineSpace(1, 2, 3), 40).run()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void threeSymbolsWithOurOwnTableEqualsNaive(@ForAll long seed) {
        Random rnd = new Random(seed);
        int longest = OWN_K3.shapes().last().cols();
        BdmScorer s = scorer(OWN_K3, rnd, 1, Math.min(longest, 6));
        SymbolGrid x = random(rnd, 1, rnd.nextInt(60), 3, rnd.nextDouble());
        assertSame(NaiveBdm.of(s).score(x), s.score(x), s + " on " + x);
    }

    @Property(tries = 200)
    void twoDimensionalEqualsNaive(@ForAll long seed) {
        Random rnd = new Random(seed);
        BdmScorer s = scorer(SYNTHETIC_2D, rnd, 4, 4);
        SymbolGrid x = random(rnd, rnd.nextInt(14), 1 + rnd.nextInt(14), 2, rnd.nextDouble());
        assertSame(NaiveBdm.of(s).score(x), s.score(x), s + " on " + x);
    }

    @Property(tries = 100)
    void twoDimensionalFourSymbolsEqualsNaive(@ForAll long seed) {
        Random rnd = new Random(seed);
        BdmScorer s = scorer(SYNTHETIC_K4_2D, rnd, 3, 3);
        SymbolGrid x = random(rnd, 1 + rnd.nextInt(9), 1 + rnd.nextInt(9), 4, rnd.nextDouble());
        assertSame(NaiveBdm.of(s).score(x), s.score(x), s + " on " + x);
    }

    @Property(tries = 200)
    void normalizedValuesLieInTheUnitInterval(@ForAll long seed) {
        Random rnd = new Random(seed);
        CtmValues v = rnd.nextBoolean() ? ReferenceValues.d5() : SYNTHETIC_2D;
        BdmScorer s = scorer(v, rnd, 4, v.dimensions() == 1 ? 12 : 4);
        SymbolGrid x = v.dimensions() == 1 ? random(rnd, 1, rnd.nextInt(200), 2, rnd.nextDouble())
                : random(rnd, rnd.nextInt(20), 1 + rnd.nextInt(20), 2, rnd.nextDouble());
        BdmResult r = s.score(x);
        assertTrue(r.normalizedBdm() >= -1e-12 && r.normalizedBdm() <= 1 + 1e-12, r + " " + s);
        assertTrue(r.normalizedEntropy() >= -1e-12 && r.normalizedEntropy() <= 1 + 1e-12, r + " " + s);
        assertTrue(r.bdm() >= r.minBdm() - 1e-9 && r.bdm() <= r.maxBdm() + 1e-9, r + " " + s);
    }

    @Property(tries = 200)
    void symbolPermutationDoesNotChangeBdm(@ForAll long seed) {
        Random rnd = new Random(seed);
        boolean binary = rnd.nextBoolean();
        CtmValues v = binary ? ReferenceValues.d5() : SYNTHETIC_K3;
        int k = v.symbols();
        BdmScorer s = scorer(v, rnd, 1, binary ? 12 : 8);
        SymbolGrid x = random(rnd, 1, rnd.nextInt(100), k, rnd.nextDouble());
        byte[] perm = new byte[k];
        for (int i = 0; i < k; i++) {
            perm[i] = (byte) i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            byte t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        byte[] y = x.cells().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = perm[y[i]];
        }
        BdmResult a = s.score(x);
        BdmResult b = s.score(SymbolGrid.of(y));
        assertEquals(a.bdm(), b.bdm(), 1e-9);
        assertEquals(a.normalizedBdm(), b.normalizedBdm(), 1e-9);
        assertEquals(a.entropy(), b.entropy(), 1e-9);
    }

    @Property(tries = 100)
    void periodicEqualsIgnoreOnWholeBlocks(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int block,
            @ForAll @IntRange(min = 0, max = 20) int blocks) {
        Random rnd = new Random(seed);
        SymbolGrid x = random(rnd, 1, block * blocks, 2, rnd.nextDouble());
        BdmResult p = BdmScorer.builder(ReferenceValues.d5()).block(block).partition(Partition.PERIODIC).build().score(x);
        BdmResult i = BdmScorer.builder(ReferenceValues.d5()).block(block).partition(Partition.IGNORE).build().score(x);
        assertEquals(i, p);
    }

    @Property(tries = 100)
    void transposeDoesNotChangeBdmWithASymmetricTable(@ForAll long seed) {
        Random rnd = new Random(seed);
        int side = 1 + rnd.nextInt(4);
        Partition p = Partition.values()[rnd.nextInt(4)];
        BdmScorer s = BdmScorer.builder(SYNTHETIC_2D).block(side, side).partition(p).shift(1 + rnd.nextInt(2)).build();
        SymbolGrid x = random(rnd, rnd.nextInt(15), 1 + rnd.nextInt(15), 2, rnd.nextDouble());
        assertEquals(s.bdm(x), s.bdm(x.transpose()), 1e-9, s + " on " + x);
    }

    @Property(tries = 200)
    void streamingEqualsScoringAtOnce(@ForAll long seed) {
        Random rnd = new Random(seed);
        boolean oneD = rnd.nextBoolean();
        CtmValues v = oneD ? ReferenceValues.d5() : SYNTHETIC_2D;
        BdmScorer s = scorer(v, rnd, 4, oneD ? 12 : 4);
        SymbolGrid x = oneD ? random(rnd, 1, rnd.nextInt(300), 2, rnd.nextDouble())
                : random(rnd, rnd.nextInt(20), 1 + rnd.nextInt(20), 2, rnd.nextDouble());
        StreamingBdm st = s.streaming();
        if (oneD) {
            int at = 0;
            while (at < x.size()) {
                int len = Math.min(x.size() - at, rnd.nextInt(30));
                st.accept(x.cells(), at, len);
                at += len;
            }
        } else {
            for (int r = 0; r < x.rows(); r++) {
                st.acceptRow(java.util.Arrays.copyOfRange(x.cells(), r * x.cols(), (r + 1) * x.cols()));
            }
        }
        BdmResult want = s.score(x);
        BdmResult got = st.finish();
        assertSame(want, got, s + " on " + x);
    }

    @Property(tries = 150)
    void incrementalPerturbationEqualsRecomputation(@ForAll long seed) {
        Random rnd = new Random(seed);
        boolean oneD = rnd.nextBoolean();
        CtmValues v = oneD ? (rnd.nextBoolean() ? ReferenceValues.d5() : SYNTHETIC_K3) : SYNTHETIC_2D;
        BdmScorer s = scorer(v, rnd, 4, oneD ? 8 : 4);
        int k = v.symbols();
        SymbolGrid x = oneD ? random(rnd, 1, rnd.nextInt(60), k, rnd.nextDouble())
                : random(rnd, rnd.nextInt(10), 1 + rnd.nextInt(10), k, rnd.nextDouble());
        Perturbation p = s.perturbation(x);
        NaiveBdm naive = NaiveBdm.of(s);
        double base = naive.score(x).bdm();
        assertEquals(base, p.bdm(), 1e-9);
        for (int i = 0; i < x.size(); i++) {
            int to = rnd.nextInt(k);
            byte[] y = x.cells().clone();
            y[i] = (byte) to;
            double want = naive.score(new SymbolGrid(x.rows(), x.cols(), y)).bdm() - base;
            assertEquals(want, p.delta(i, to), 1e-9, s + " cell " + i + " of " + x);
        }
        // Keep a few changes, then every delta is still exact.
        byte[] kept = x.cells().clone();
        for (int step = 0; step < 5 && x.size() > 0; step++) {
            int i = rnd.nextInt(x.size());
            int to = rnd.nextInt(k);
            kept[i] = (byte) to;
            assertEquals(naive.score(new SymbolGrid(x.rows(), x.cols(), kept.clone())).bdm(), p.set(i, to), 1e-9);
        }
    }

    @Property(tries = 150)
    void deletionSweepEqualsRecomputation(@ForAll long seed) {
        Random rnd = new Random(seed);
        CtmValues v = rnd.nextBoolean() ? ReferenceValues.d5() : SYNTHETIC_K3;
        BdmScorer s = scorer(v, rnd, 1, 8);
        SymbolGrid x = random(rnd, 1, 1 + rnd.nextInt(60), v.symbols(), rnd.nextDouble());
        NaiveBdm naive = NaiveBdm.of(s);
        double base = naive.score(x).bdm();
        double[] got = s.perturbation(x).deletionDeltas();
        for (int i = 0; i < x.size(); i++) {
            byte[] y = new byte[x.size() - 1];
            System.arraycopy(x.cells(), 0, y, 0, i);
            System.arraycopy(x.cells(), i + 1, y, i, y.length - i);
            assertEquals(naive.score(SymbolGrid.of(y)).bdm() - base, got[i], 1e-9, s + " deleting " + i + " of " + x);
        }
    }

    @Property(tries = 50)
    void rowAndColumnDeletionEqualRecomputation(@ForAll long seed) {
        Random rnd = new Random(seed);
        BdmScorer s = scorer(SYNTHETIC_2D, rnd, 4, 4);
        SymbolGrid x = random(rnd, 1 + rnd.nextInt(10), 1 + rnd.nextInt(10), 2, rnd.nextDouble());
        NaiveBdm naive = NaiveBdm.of(s);
        double base = naive.score(x).bdm();
        Perturbation p = s.perturbation(x);
        double[] rows = p.rowDeletionDeltas();
        for (int r = 0; r < x.rows(); r++) {
            byte[] y = new byte[(x.rows() - 1) * x.cols()];
            System.arraycopy(x.cells(), 0, y, 0, r * x.cols());
            System.arraycopy(x.cells(), (r + 1) * x.cols(), y, r * x.cols(), y.length - r * x.cols());
            assertEquals(naive.score(new SymbolGrid(x.rows() - 1, x.cols(), y)).bdm() - base, rows[r], 1e-9);
        }
        double[] cols = p.columnDeletionDeltas();
        SymbolGrid t = x.transpose();
        for (int c = 0; c < x.cols(); c++) {
            byte[] y = new byte[(t.rows() - 1) * t.cols()];
            System.arraycopy(t.cells(), 0, y, 0, c * t.cols());
            System.arraycopy(t.cells(), (c + 1) * t.cols(), y, c * t.cols(), y.length - c * t.cols());
            SymbolGrid reduced = new SymbolGrid(t.rows() - 1, t.cols(), y).transpose();
            assertEquals(naive.score(reduced).bdm() - base, cols[c], 1e-9);
        }
    }
}
