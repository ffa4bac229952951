package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Patterns;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Split sampling against the exact table of a space small enough to enumerate: the estimates are unbiased (the
 * probability mass per output length agrees with the exact mass within its standard error), the Kish-effective
 * 95% intervals cover the exact values about 95% of the time, the splitting really multiplies the long outputs
 * seen, and builds are the same for any thread count, after a resume and after a round trip through a file.
 */
class SplitSamplerTest {

    static final MachineSpace SPACE = new MachineSpace(1, 3, 3);
    static final int STEPS = 60;
    static final int[] AT = {3, 4, 5, 6};
    static final int FACTOR = 3;
    static final int DRAWS = 200_000;
    static final int KEPT = 20;

    @Test
    void unbiasedWithHonestIntervals() throws IOException {
        CtmTable exact = Tables.fromEnumeration(new TreeEnumerator(SPACE, STEPS).threads(2).run());
        double share = (double) exact.halting() / SPACE.size().doubleValue();
        int checked = 0;
        int covered = 0;
        // Per output length: exact mass, and per seed the estimated mass (as a share of all draws).
        Map<Integer, Double> exactMass = new TreeMap<>();
        for (CtmTable.Row row : exact.rows(Integer.MAX_VALUE)) {
            exactMass.merge(row.output().length(), share * Math.pow(2, -row.complexity()), Double::sum);
        }
        int seeds = 8;
        Map<Integer, double[]> estimates = new TreeMap<>();
        long copies = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            EnumerationResult r = new TreeEnumerator(SPACE, STEPS).threads(2).sample(DRAWS, seed).split(AT, FACTOR).maxOutputLength(KEPT).run();
            copies += r.nodes() - DRAWS;
            CtmTable sampled = Tables.fromEnumeration(r);
            assertEquals(81, sampled.unit());
            double units = (double) DRAWS * sampled.unit();
            assertEquals(share, sampled.halting() / units, 5 * Math.sqrt(share * (1 - share) / DRAWS));
            for (CtmTable.Row row : sampled.rows(Integer.MAX_VALUE)) {
                estimates.computeIfAbsent(row.output().length(), l -> new double[seeds])[(int) seed - 1] +=
                        sampled.halting() / units * Math.pow(2, -row.complexity());
            }
            for (CtmTable.Row row : exact.rows(Integer.MAX_VALUE)) {
                // Patterns expected in at least 5 draws' worth of units (more hits once split): one check each.
                double expectedDraws = sampled.halting() / (double) sampled.unit() * Math.pow(2, -row.complexity())
                        * SamplerTest.relabellings(row.output());
                if (expectedDraws < 5 || !row.output().equals(Patterns.canonical(row.output()))) {
                    continue;
                }
                double[] ci = sampled.interval(row.output());
                checked++;
                if (ci != null && ci[0] <= row.complexity() && row.complexity() <= ci[1]) {
                    covered++;
                }
            }
        }
        assertTrue(copies > 5L * DRAWS, "splitting made only " + copies + " copies");
        double rate = (double) covered / checked;
        System.out.printf("split sampler: %d of %d intervals (%.1f%%) hold the exact value%n", covered, checked,
                100 * rate);
        assertTrue(checked >= 300, "intervals checked: " + checked);
        assertTrue(rate > 0.92 && rate < 0.98, "coverage " + rate);
        // Mass per length: mean over seeds within 4 standard errors (from the spread between seeds).
        for (Map.Entry<Integer, Double> e : exactMass.entrySet()) {
            double[] x = estimates.getOrDefault(e.getKey(), new double[seeds]);
            double mean = java.util.Arrays.stream(x).average().orElse(0);
            double var = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (seeds - 1);
            double se = Math.sqrt(var / seeds);
            if (e.getValue() < 1e-6 || e.getKey() > KEPT) {
                continue;
            }
            System.out.printf("length %d: exact %.6g, split estimate %.6g +- %.2g%n", e.getKey(), e.getValue(), mean, se);
            assertEquals(e.getValue(), mean, 4 * se + 1e-12, "mass of length " + e.getKey());
        }
    }

    @Test
    void splittingShowsLongOutputsMoreOften() throws IOException {
        EnumerationResult plain = new TreeEnumerator(SPACE, STEPS).threads(2).sample(DRAWS, 9).run();
        EnumerationResult split = new TreeEnumerator(SPACE, STEPS).threads(2).sample(DRAWS, 9).split(AT, FACTOR).maxOutputLength(KEPT).run();
        int plainLong = distinctLongerThan(Tables.fromEnumeration(plain), 7);
        int splitLong = distinctLongerThan(Tables.fromEnumeration(split), 7);
        System.out.printf("distinct patterns longer than 7: plain %d, split %d%n", plainLong, splitLong);
        assertTrue(splitLong > 3 * plainLong, "plain " + plainLong + ", split " + splitLong);
    }

    private static int distinctLongerThan(CtmTable t, int length) {
        int n = 0;
        for (CtmTable.Row row : t.rows(Integer.MAX_VALUE)) {
            if (row.output().length() > length && row.output().equals(Patterns.canonical(row.output()))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void sameForAnyThreadCountAfterAResumeAndThroughAFile(@TempDir Path dir) throws IOException {
        EnumerationResult one = new TreeEnumerator(SPACE, STEPS).threads(1).sample(600_000, 5).split(AT, FACTOR).maxOutputLength(KEPT).run();
        EnumerationResult two = new TreeEnumerator(SPACE, STEPS).threads(2).sample(600_000, 5).split(AT, FACTOR).maxOutputLength(KEPT).run();
        assertEquals(one.counts(), two.counts());
        assertEquals(one.squareExcess(), two.squareExcess());
        assertEquals(600_000L * 81, two.totalWeight());
        Path ckpt = dir.resolve("s.ckpt");
        try {
            new TreeEnumerator(SPACE, STEPS).threads(2).sample(600_000, 5).split(AT, FACTOR).maxOutputLength(KEPT).checkpoint(ckpt, false)
                    .checkpointInterval(0).listener((done, total, nodes, steps, elapsed) -> done < 1).run();
        } catch (BuildInterruptedException expected) {
            // stopped after the first batch, as a kill would
        }
        assertTrue(java.nio.file.Files.exists(ckpt), "the interrupted build left a checkpoint");
        EnumerationResult resumed = new TreeEnumerator(SPACE, STEPS).threads(2).sample(600_000, 5).split(AT, FACTOR).maxOutputLength(KEPT)
                .checkpoint(ckpt, true).run();
        assertEquals(one.counts(), resumed.counts());
        assertEquals(one.squareExcess(), resumed.squareExcess());

        CtmTable table = Tables.fromEnumeration(one);
        assertTrue(!table.squareExcess().isEmpty());
        Path file = dir.resolve("t.ctm");
        TableFile.write(table, file);
        CtmTable read = TableFile.read(file);
        assertEquals(table.squareExcess(), read.squareExcess());
        for (CtmTable.Row row : table.rows(8)) {
            assertArrayEquals(table.interval(row.output()), read.interval(row.output()), 0);
        }
    }

    @Test
    void aCheckpointIsNotResumedWithAnotherSchedule(@TempDir Path dir) {
        int[] eight = {3, 4, 5, 6, 7, 8, 9, 10};
        Path ckpt = dir.resolve("s.ckpt");
        try {
            new TreeEnumerator(SPACE, STEPS).threads(1).sample(600_000, 5).split(eight, 3).maxOutputLength(KEPT)
                    .checkpoint(ckpt, false).checkpointInterval(0)
                    .listener((done, total, nodes, steps, elapsed) -> done < 1).run();
        } catch (BuildInterruptedException | IOException expected) {
            // stopped after the first batch
        }
        assertTrue(java.nio.file.Files.exists(ckpt), "the interrupted build left a checkpoint");
        org.ait.io.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.ait.io.InputException.class, () ->
                new TreeEnumerator(SPACE, STEPS).threads(1).sample(600_000, 5).split(eight, 2).maxOutputLength(KEPT)
                        .checkpoint(ckpt, true).run());
        assertTrue(e.getMessage().contains("belongs to another build"), e.getMessage());
    }
}
