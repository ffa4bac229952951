package org.ait.synth.fit;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark problem solved and scored as SRBench scores: seeded training rows (noisy target) and a third as
 * many clean test rows, a symbolic solution when the model equals the truth up to a constant or a constant factor
 * (only when test R^2 > 0.5), an accuracy solution when test R^2 > 0.999. Also the results files of a run.
 */
public final class FitBenchmark {

    /** Test R^2 above which a model is an accuracy solution. */
    public static final double ACCURATE_R2 = 0.999;
    /** Test R^2 a model needs before it is checked against the truth. */
    public static final double SYMBOLIC_CHECK_R2 = 0.5;

    /**
     * One problem's result.
     *
     * @param failure why no model was fitted, or null
     */
    public record Outcome(String id, boolean symbolic, boolean accurate, double testR2, int size, int completeSize,
            double seconds, String model, String truth, String failure) {

        /** The line the command prints for it. */
        public String line() {
            if (failure != null) {
                return String.format("%-10s no model (%s)", id, failure);
            }
            return String.format(Locale.ROOT, "%-10s %-8s R2 %-10.6g size %2d (complete to %d) %6.1f s  %s", id,
                    symbolic ? "EXACT" : accurate ? "accurate" : "-", testR2, size, completeSize, seconds, model);
        }

        public RecoveryChart.Outcome recovery() {
            return new RecoveryChart.Outcome(id, symbolic, accurate, testR2, seconds);
        }
    }

    private FitBenchmark() {
    }

    /** Training rows when the command gives none: the suite's own, at most 200 (Feynman lists 10^5). */
    public static int defaultRows(BenchmarkSuite.Problem p) {
        return p.defaultRows() >= 1000 ? 200 : p.defaultRows();
    }

    /**
     * Generates the problem's data, fits {@code search} to the training rows and scores the best model on the test
     * rows and against the truth.
     */
    public static Outcome solve(BenchmarkSuite.Problem p, SymbolicRegression search, int trainRows, double noise,
            long seed) throws IOException, InterruptedException {
        int testRows = Math.max(1, trainRows / 3);
        double[][] d = p.data(trainRows + testRows, noise, trainRows, seed);
        int v = p.variables().size();
        double[][] train = new double[v][];
        double[][] test = new double[v][];
        for (int i = 0; i < v; i++) {
            train[i] = Arrays.copyOfRange(d[i], 0, trainRows);
            test[i] = Arrays.copyOfRange(d[i], trainRows, trainRows + testRows);
        }
        double[] yTrain = Arrays.copyOfRange(d[v], 0, trainRows);
        double[] yTest = Arrays.copyOfRange(d[v], trainRows, trainRows + testRows);
        SymbolicRegression.Result r;
        try {
            r = search.fit(train, yTrain);
        } catch (IllegalArgumentException e) {
            // The search found nothing it could fit to this problem's data: scored as a miss, the run goes on.
            return new Outcome(p.id(), false, false, Double.NaN, 0, 0, 0, "", p.formula(), e.getMessage());
        }
        SymbolicRegression.Model m = r.best();
        double r2 = FitMetrics.r2(m, test, yTest, null);
        boolean symbolic = r2 > SYMBOLIC_CHECK_R2 && BenchmarkSuite.symbolicSolution(p, m.structure(), m.params(), seed);
        return new Outcome(p.id(), symbolic, r2 > ACCURATE_R2, r2, m.structure().size(), r.completeSize(),
                r.seconds(), m.sympy(p.variables()), p.formula(), null);
    }

    /** The run in one sentence: problems, settings, and both solution rates. */
    public static String summary(String suite, List<Outcome> outcomes, double noise, double seconds, int maxSize,
            String prior) {
        long exact = outcomes.stream().filter(Outcome::symbolic).count();
        long accurate = outcomes.stream().filter(Outcome::accurate).count();
        return String.format(Locale.ROOT, "%s: %d problems, noise %s, %s s each, max size %d, prior %s:"
                + " symbolic solutions %d (%.1f %%), accuracy solutions %d (%.1f %%)", suite, outcomes.size(), noise,
                seconds, maxSize, prior, exact, 100.0 * exact / outcomes.size(), accurate,
                100.0 * accurate / outcomes.size());
    }

    /** results.csv: one row a problem. */
    public static String resultsCsv(List<Outcome> outcomes) {
        StringBuilder csv = new StringBuilder("id,symbolic,accurate,test_r2,size,complete_size,seconds,model,truth\n");
        for (Outcome oc : outcomes) {
            csv.append(String.format(Locale.ROOT, "%s,%b,%b,%s,%d,%d,%.2f,\"%s\",\"%s\"%n", oc.id(), oc.symbolic(),
                    oc.accurate(), oc.testR2(), oc.size(), oc.completeSize(), oc.seconds(), oc.model(), oc.truth()));
        }
        return csv.toString();
    }

    /** results.md: the summary with its provenance, then one table row a problem. */
    public static String resultsMarkdown(String suite, String summary, String codeVersion, long seed, int threads,
            List<Outcome> outcomes) {
        StringBuilder md = new StringBuilder("# " + suite + "\n\n" + summary + " (" + codeVersion + ", seed " + seed
                + ", " + threads + " threads)\n\n| id | symbolic | accurate | test R² | size | complete to | s | model |"
                + " truth |\n|---|---|---|---:|---:|---:|---:|---|---|\n");
        for (Outcome oc : outcomes) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.6g | %d | %d | %.1f | `%s` | `%s` |%n", oc.id(),
                    oc.symbolic() ? "yes" : "", oc.accurate() ? "yes" : "", oc.testR2(), oc.size(), oc.completeSize(),
                    oc.seconds(), oc.model(), oc.truth()));
        }
        return md.toString();
    }
}
