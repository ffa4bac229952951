package org.ait.synth.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring sentence and results files of a benchmark run, against hand-written expectations. */
class FitBenchmarkTest {

    private static FitBenchmark.Outcome outcome(String id, int draw, boolean symbolic, boolean accurate, double r2) {
        return new FitBenchmark.Outcome(id, draw, symbolic, accurate, r2, 5, 7, 1.25, "x**2", "x^2", null);
    }

    private static final List<FitBenchmark.Outcome> RUN = List.of(outcome("a", 0, true, true, 1.0),
            outcome("b", 0, false, true, 0.9995), outcome("c", 0, false, false, 0.2),
            new FitBenchmark.Outcome("d", 0, false, false, Double.NaN, 0, 0, 0, "", "x", "no data"));

    /** Two problems on three draws: symbolic shares 100 %, 50 %, 0 % (mean 50, s.d. 50, s.e. 50 / sqrt 3). */
    private static final List<FitBenchmark.Outcome> DRAWS = List.of(outcome("a", 0, true, true, 1.0),
            outcome("a", 1, true, true, 1.0), outcome("a", 2, false, true, 0.9999), outcome("b", 0, true, true, 1.0),
            outcome("b", 1, false, false, 0.5), outcome("b", 2, false, false, 0.1));

    @Test
    void theSummaryCountsBothKindsOfSolutionOverAllProblems() {
        assertEquals("s.csv: 4 problems, noise 0.01, 2.0 s each, max size 7, prior size: symbolic solutions 1 (25.0 %),"
                + " accuracy solutions 2 (50.0 %)", FitBenchmark.summary("s.csv", RUN, 0.01, 2.0, 7, "size"));
    }

    @Test
    void resultsFilesHaveOneRowAProblem() {
        String[] csv = FitBenchmark.resultsCsv(RUN).split("\n");
        assertEquals(5, csv.length);
        assertEquals("a,0,true,true,1.0,5,7,1.25,\"x**2\",\"x^2\"", csv[1]);
        assertEquals("d,0,false,false,NaN,0,0,0.00,\"\",\"x\"", csv[4]);
        String md = FitBenchmark.resultsMarkdown("s.csv", "SUMMARY", "v1", 3, 2, RUN);
        assertTrue(md.startsWith("# s.csv\n\nSUMMARY (v1, seed 3, 2 threads)\n"), md);
        assertTrue(md.contains("| b | 0 |  | yes | 0.999500 | 5 | 7 | 1.3 | `x**2` | `x^2` |"), md);
    }

    @Test
    void overSeveralDrawsRatesAreMeansWithStandardErrors() {
        assertEquals("s.csv: 2 problems x 3 data draws, noise 0.0, 60.0 s each, max size 9, prior size: symbolic"
                + " solutions 50.0 ± 28.9 %, accuracy solutions 66.7 ± 16.7 % (mean ± standard error over draws)",
                FitBenchmark.summary("s.csv", DRAWS, 0.0, 60.0, 9, "size"));
        String md = FitBenchmark.resultsMarkdown("s.csv", "SUMMARY", "v1", 3, 2, DRAWS);
        assertTrue(md.contains("| a | 2/3 | 3/3 |\n| b | 1/3 | 1/3 |\n"), md);
        assertEquals("a#2        accurate R2 0.999900   size  5 (complete to 7)    1.3 s  x**2", DRAWS.get(2).line());
        assertEquals(3, FitBenchmark.drawSeed(3, 0));
        assertTrue(FitBenchmark.drawSeed(3, 1) != FitBenchmark.drawSeed(4, 0), "draws of one seed are not other seeds");
    }

    @Test
    void aProblemWithoutAModelSaysWhy() {
        assertEquals("d          no model (no data)", RUN.get(3).line());
        assertEquals("b          accurate R2 0.999500   size  5 (complete to 7)    1.3 s  x**2", RUN.get(1).line());
    }
}
