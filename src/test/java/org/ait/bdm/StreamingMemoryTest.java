package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.junit.jupiter.api.Test;

/**
 * A 1 GB input scored by {@code ait bdm} in a JVM limited to a 256 MB heap. The input cycles through all 4,096
 * blocks of 12 bits, so its BDM has a closed form: the sum of K over the 4,096 blocks + 4,096 log2(repetitions),
 * with the two blocks D(5) lacks counted at max + 1.
 */
class StreamingMemoryTest {

    static final int REPETITIONS = 20_345; // 4096 * 12 * 20345 = 999,997,440 symbols

    @Test
    void scoresOneGigabyteInA256MegabyteHeap() throws Exception {
        CtmTable d5 = TableCatalog.load("ctm-1d-s5-k2");
        double sum = 0;
        double max = 0;
        int missing = 0;
        for (int b = 0; b < 4096; b++) {
            double k = d5.complexity(bits(b));
            if (Double.isNaN(k)) {
                missing++;
            } else {
                sum += k;
                max = Math.max(max, k);
            }
        }
        double expected = sum + missing * (max + 1) + 4096 * (Math.log(REPETITIONS) / Math.log(2));

        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.ait.cli.Main", "bdm", "--quiet", "-"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] cycle = new byte[4096 * 13];
        int at = 0;
        for (int b = 0; b < 4096; b++) {
            byte[] s = bits(b).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(s, 0, cycle, at, 12);
            at += 12;
            cycle[at++] = '\n'; // whitespace is ignored in 1D input
        }
        try (OutputStream out = p.getOutputStream()) {
            for (int r = 0; r < REPETITIONS; r++) {
                out.write(cycle);
            }
        }
        String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), "exit code");
        assertEquals(expected, Double.parseDouble(result), 1e-6);
    }

    static String bits(int b) {
        String s = Integer.toBinaryString(b);
        return "0".repeat(12 - s.length()) + s;
    }
}
