package org.ait.synth.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring sentence and results files of a benchmark run, against hand-written expectations. */
class FitBenchmarkTest {

    private static FitBenchmark.Outcome outcome(String id, boolean symbolic, boolean accurate, double r2) {
        return new FitBenchmark.Outcome(id, symbolic, accurate, r2, 5, 7, 1.25, "x**2", "x^2", null);
    }

    private static final List<FitBenchmark.Outcome> RUN = List.of(outcome("a", true, true, 1.0),
            outcome("b", false, true, 0.9995), outcome("c", false, false, 0.2),
            new FitBenchmark.Outcome("d", false, false, Double.NaN, 0, 0, 0, "", "x", "no data"));

    @Test
    void theSummaryCountsBothKindsOfSolutionOverAllProblems() {
        assertEquals("s.csv: 4 problems, noise 0.01, 2.0 s each, max size 7, prior size: symbolic solutions 1 (25.0 %),"
                + " accuracy solutions 2 (50.0 %)", FitBenchmark.summary("s.csv", RUN, 0.01, 2.0, 7, "size"));
    }

    @Test
    void resultsFilesHaveOneRowAProblem() {
        String[] csv = FitBenchmark.resultsCsv(RUN).split("\n");
        assertEquals(5, csv.length);
        assertEquals("a,true,true,1.0,5,7,1.25,\"x**2\",\"x^2\"", csv[1]);
        assertEquals("d,false,false,NaN,0,0,0.00,\"\",\"x\"", csv[4]);
        String md = FitBenchmark.resultsMarkdown("s.csv", "SUMMARY", "v1", 3, 2, RUN);
        assertTrue(md.startsWith("# s.csv\n\nSUMMARY (v1, seed 3, 2 threads)\n"), md);
        assertTrue(md.contains("| b |  | yes | 0.999500 | 5 | 7 | 1.3 | `x**2` | `x^2` |"), md);
    }

    @Test
    void aProblemWithoutAModelSaysWhy() {
        assertEquals("d          no model (no data)", RUN.get(3).line());
        assertEquals("b          accurate R2 0.999500   size  5 (complete to 7)    1.3 s  x**2", RUN.get(1).line());
    }
}
