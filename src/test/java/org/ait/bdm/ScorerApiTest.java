package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The scorer's API contract: hand-checked values, thread safety, no allocation on the hot path, clear errors. */
class ScorerApiTest {

    static final double K12_ZEROS = 25.610413747641715;

    @Test
    void conditionalBdmCountsBlocksAbsentFromTheCondition() {
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.d5()).block(12).build();
        String z = "0".repeat(12);
        String o = "1".repeat(12);
        String m = "010101010101";
        double kM = ReferenceValues.d5().complexity(BlockShape.of(12), 0b010101010101);
        // X = z z o m, Y = z o o: z occurs twice in X, once in Y (log2 2 = 1); o once in X, twice in Y
        // (log2 1 = 0); m is absent from Y (K(m) + log2 1).
        double got = bdm.conditionalBdm(SymbolGrid.parse(z + z + o + m), SymbolGrid.parse(z + o + o));
        assertEquals(1 + 0 + kM, got, 1e-12);
        // Same blocks, same multiplicities: nothing left to describe.
        assertEquals(0, bdm.conditionalBdm(SymbolGrid.parse(z + o), SymbolGrid.parse(o + z)), 1e-12);
        // Nothing shared: the conditional equals BDM itself.
        assertEquals(bdm.bdm(SymbolGrid.parse(z + z)), bdm.conditionalBdm(SymbolGrid.parse(z + z), SymbolGrid.parse(o)),
                1e-12);
    }

    @Test
    void missingBlocksAreCountedAtTheShapeMaximumPlusOneAndReported() {
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.d5()).block(12).build();
        BdmResult r = bdm.score(SymbolGrid.parse("000110100111".repeat(3) + "111001011000"));
        assertEquals(4, r.missingBlocks());
        assertEquals(2, r.missingDistinct());
        assertEquals(2 * (37.06419880313787 + 1) + Math.log(3) / Math.log(2), r.bdm(), 1e-12);
    }

    @Test
    void hotPathAllocatesNothing() {
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.d5()).block(12).build();
        byte[] a = new byte[100_000];
        new Random(1).nextBytes(a);
        for (int i = 0; i < a.length; i++) {
            a[i] &= 1;
        }
        SymbolGrid x = SymbolGrid.of(a);
        double first = 0;
        for (int i = 0; i < 2_000; i++) {
            first += bdm.bdm(x);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        double sum = 0;
        for (int i = 0; i < 1_000; i++) {
            sum += bdm.bdm(x);
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 64 * 1024, "1,000 scores allocated " + allocated + " bytes");
        assertEquals(first / 2, sum, 1e-6 * Math.abs(sum));
    }

    @Test
    void oneScorerServesManyThreadsWithIdenticalResults() throws Exception {
        BdmScorer bdm = BdmScorer.builder(ReferenceValues.d5()).block(12).partition(Partition.CORRELATED).build();
        List<SymbolGrid> inputs = new ArrayList<>();
        Random rnd = new Random(3);
        for (int i = 0; i < 64; i++) {
            byte[] a = new byte[500 + rnd.nextInt(2000)];
            for (int j = 0; j < a.length; j++) {
                a[j] = (byte) (rnd.nextDouble() < 0.7 ? 0 : 1);
            }
            inputs.add(SymbolGrid.of(a));
        }
        double[] alone = new double[inputs.size()];
        for (int i = 0; i < alone.length; i++) {
            alone[i] = bdm.bdm(inputs.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    double[] out = new double[inputs.size()];
                    for (int rep = 0; rep < 20; rep++) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = bdm.bdm(inputs.get(i));
                        }
                    }
                    return out;
                }));
            }
            for (Future<double[]> f : futures) {
                double[] got = f.get();
                for (int i = 0; i < got.length; i++) {
                    assertEquals(alone[i], got[i], 0.0, "input " + i);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void settingsOutOfRangeAreRefusedWithClearMessages() {
        CtmValues d5 = ReferenceValues.d5();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BdmScorer.builder(d5).block(60).build())
                .getMessage().contains("no values for blocks of length 60"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BdmScorer.builder(d5).dimensions(2).build())
                .getMessage().contains("1D"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BdmScorer.builder(d5).partition(Partition.CORRELATED).shift(0).build()).getMessage().contains("shift"));
        BdmScorer bdm = BdmScorer.builder(d5).build();
        assertEquals(BlockShape.of(12), bdm.block());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> bdm.bdm(SymbolGrid.parse("0102")))
                .getMessage().contains("symbol 2 at position 4"));
    }
}
