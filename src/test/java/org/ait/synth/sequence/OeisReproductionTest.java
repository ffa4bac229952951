package org.ait.synth.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On real sequences (a seeded sample of the OEIS benchmark, where present): every listed program, run independently,
 * reproduces every given term except the exceptions it lists, and extends itself consistently (its longer run starts
 * with its shorter one, which is what its prediction is).
 */
class OeisReproductionTest {

    @Test
    void everyListedProgramReproducesWhatItClaims() throws IOException {
        Path file = org.ait.ReferenceFiles.folder().resolve("oeis/oeis-10k.txt");
        assumeTrue(Files.exists(file), "OEIS reference not present: " + file);
        List<SequenceSuite.Entry> all = SequenceSuite.read(file);
        SequenceBenchmark bench = new SequenceBenchmark(SynthesisTestSupport.SYNTH, 25, 10);
        List<SequenceSuite.Entry> sample = SequenceBenchmark.sample(bench.eligible(all), 30, 7);
        int programs = 0;
        for (SequenceSuite.Entry e : sample) {
            BigInteger[] given = Arrays.copyOf(e.terms(), 25);
            SynthesisResult r = SynthesisTestSupport.SYNTH.synthesize(Sequence.integers(given), 10);
            for (RankedProgram p : r.programs()) {
                BigInteger[] run = p.program().terms(35);
                BigInteger[] shortRun = p.program().terms(25);
                assertEquals(25, shortRun.length, e.id() + " " + p.program().text());
                int[] wrong = java.util.stream.IntStream.range(0, 25).filter(i -> !shortRun[i].equals(given[i])).toArray();
                assertArrayEquals(wrong, p.candidate().exceptions(), e.id() + " " + p.program().text());
                assertArrayEquals(shortRun, Arrays.copyOf(run, Math.min(25, run.length)), e.id() + " extends itself");
                assertEquals(Arrays.asList(run).subList(25, run.length), p.prediction(), e.id() + " prediction");
                programs++;
            }
        }
        assertTrue(programs >= 30);
    }
}
