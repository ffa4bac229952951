package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The shipped exact (5,2) turmite table against the published 2D table, which is a random sample of the same
 * space ({@code ../shared/reference/ctm-2d-k2-published-4x4.tsv}: K = -log2(p / N), p integer,
 * N = 3,490,682,926,304): the same mass per side, 1x1 and 2x2 values to 1e-5 / 1e-4, and on 4x4 the published
 * counts p spread around N D(s) as Poisson sampling predicts (z-scores with mean about 0 and spread about 1).
 */
class Published2DTest {

    static final Path SHIPPED = Paths.get("ctm-tables", "ctm-2d-s5-k2.ctm");
    static final double N = 3_490_682_926_304.0;

    static Path reference() {
        return org.ait.ReferenceFiles.file("ctm-2d-k2-published-4x4.tsv");
    }

    static String rows(String rowMajor, int side) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < side; r++) {
            if (r > 0) {
                sb.append('-');
            }
            sb.append(rowMajor, r * side, (r + 1) * side);
        }
        return sb.toString();
    }

    @Test
    void agreesWithThePublishedSample() throws IOException {
        assumeTrue(Files.exists(SHIPPED), "the 2D table is not built yet");
        Path ref = reference();
        assumeTrue(ref != null, "reference values not present");
        CtmTable t = TableFile.read(SHIPPED);
        assertEquals(2, t.dimensions());
        double[] massOurs = new double[5];
        double[] massPublished = new double[5];
        double maxDelta1 = 0;
        double maxDelta2 = 0;
        double sumZ = 0;
        double sumZ2 = 0;
        int n4 = 0;
        try (BufferedReader in = Files.newBufferedReader(ref)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                int side = Integer.parseInt(f[0]);
                double published = Double.parseDouble(f[2]);
                double ours = t.complexity(rows(f[1], side));
                assertTrue(!Double.isNaN(ours), () -> "no value for " + f[1]);
                massOurs[side] += Math.pow(2, -ours);
                massPublished[side] += Math.pow(2, -published);
                if (side == 1) {
                    maxDelta1 = Math.max(maxDelta1, Math.abs(ours - published));
                } else if (side == 2) {
                    maxDelta2 = Math.max(maxDelta2, Math.abs(ours - published));
                } else if (side == 4) {
                    double p = Math.rint(N * Math.pow(2, -published));
                    double expected = N * Math.pow(2, -ours);
                    double z = (p - expected) / Math.sqrt(expected);
                    sumZ += z;
                    sumZ2 += z * z;
                    n4++;
                }
            }
        }
        assertEquals(65_536, n4, "every 4x4 array has a published value and one of ours");
        assertTrue(maxDelta1 <= 1e-5, "1x1: |dK| = " + maxDelta1);
        assertTrue(maxDelta2 <= 1e-4, "2x2: |dK| = " + maxDelta2);
        double[] published = {0, 0.36984, 0.13735, 0.00513, 0.000143};
        for (int side = 1; side <= 4; side++) {
            assertEquals(published[side], massOurs[side], published[side] * 5e-3, "mass of side " + side);
            assertEquals(massPublished[side], massOurs[side], massPublished[side] * 5e-3, "mass of side " + side);
        }
        double mean = sumZ / n4;
        double sd = Math.sqrt(sumZ2 / n4 - mean * mean);
        System.out.printf("2D vs published: |dK| 1x1 %.2e, 2x2 %.2e; 4x4 z mean %.4f sd %.4f%n", maxDelta1, maxDelta2,
                mean, sd);
        assertTrue(Math.abs(mean) < 0.05, "4x4 z-score mean " + mean);
        assertTrue(sd > 0.9 && sd < 1.15, "4x4 z-score spread " + sd);
    }
}
