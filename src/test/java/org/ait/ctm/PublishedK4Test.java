package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The shipped sampled (4,4) table against the published one (itself a sample of 3.34 x 10^11 machines): the
 * four published checks lie inside our 99.9% intervals, and about 95% of the published values of patterns we drew
 * often enough for the interval to mean something lie inside our 95% intervals.
 */
class PublishedK4Test {

    static final Path SHIPPED = Paths.get("ctm-tables", "ctm-1d-s4-k4.ctm");

    static Path reference() {
        return org.ait.ReferenceFiles.file("ctm-1d-k4-published-canonical.tsv.gz");
    }

    static boolean inside(double[] ci, double k) {
        return ci != null && ci[0] <= k && k <= ci[1];
    }

    @Test
    void publishedValuesLieInsideOurIntervals() throws IOException {
        assumeTrue(Files.exists(SHIPPED), "the sampled (4,4) table is not built");
        Path ref = reference();
        assumeTrue(ref != null, "reference values not present");
        CtmTable t = TableFile.read(SHIPPED);
        assertTrue(t.sampled());
        String[] checks = {"0", "01", "0123", "000000000000"};
        double[] published = {3.5473880692782096, 5.414104019730151, 12.2276788084794, 24.9574303894747};
        for (int i = 0; i < checks.length; i++) {
            // 99.9% intervals: four checks at 95% would all hold only 81% of the time even with nothing wrong.
            double[] ci = t.interval(checks[i], 3.2905267314919255);
            String msg = checks[i] + ": published " + published[i] + ", ours " + t.complexity(checks[i]) + " in ["
                    + (ci == null ? "none" : ci[0] + ", " + ci[1]) + "]";
            System.out.println("k=4 " + msg);
            assertTrue(inside(ci, published[i]), msg);
        }
        int checked = 0;
        int covered = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ref)),
                StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                if (t.effectiveCount(f[0]) < 100) {
                    continue;
                }
                checked++;
                if (inside(t.interval(f[0]), Double.parseDouble(f[1]))) {
                    covered++;
                }
            }
        }
        double rate = (double) covered / checked;
        System.out.printf("k=4: %d of %d published values (%.1f%%) inside our 95%% intervals%n", covered, checked,
                100 * rate);
        assertTrue(checked >= 1000, "patterns compared: " + checked);
        assertTrue(rate > 0.90, "coverage " + rate);
    }
}
