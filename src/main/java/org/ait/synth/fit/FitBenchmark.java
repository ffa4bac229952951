package org.ait.synth.fit;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark problem solved and scored as SRBench scores: seeded training rows (noisy target) and a third as
 * many clean test rows, a symbolic solution when the model equals the truth up to a constant or a constant factor
 * (only when test R^2 > 0.5), an accuracy solution when test R^2 > 0.999. A run may solve each problem on several
 * data draws (seeded samples of the rows): rates are then means over draws with their standard errors, since a
 * recovery that holds for one draw only is luck. Also the results files of a run.
 */
public final class FitBenchmark {

    /** Test R^2 above which a model is an accuracy solution. */
    public static final double ACCURATE_R2 = 0.999;
    /** Test R^2 a model needs before it is checked against the truth. */
    public static final double SYMBOLIC_CHECK_R2 = 0.5;

    /**
     * One problem's result.
     *
     * @param draw which data draw (0 = the run's seed itself)
     * @param failure why no model was fitted, or null
     */
    public record Outcome(String id, int draw, boolean symbolic, boolean accurate, double testR2, int size,
            int completeSize, double seconds, String model, String truth, String failure) {

        /** The line the command prints for it (draws after the first marked #d). */
        public String line() {
            String label = draw == 0 ? id : id + "#" + draw;
            if (failure != null) {
                return String.format("%-10s no model (%s)", label, failure);
            }
            return String.format(Locale.ROOT, "%-10s %-8s R2 %-10.6g size %2d (complete to %d) %6.1f s  %s", label,
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

    /** The seed of data draw {@code draw}: the run's seed for draw 0, well-mixed others after it. */
    public static long drawSeed(long seed, int draw) {
        return draw == 0 ? seed : seed ^ (draw * 0x9E3779B97F4A7C15L);
    }

    /**
     * Generates the problem's data (draw {@code draw} of the run's seed), fits {@code search} to the training rows and
     * scores the best model on the test rows and against the truth.
     */
    public static Outcome solve(BenchmarkSuite.Problem p, SymbolicRegression search, int trainRows, double noise,
            long seed, int draw) throws IOException, InterruptedException {
        int testRows = Math.max(1, trainRows / 3);
        long dataSeed = drawSeed(seed, draw);
        double[][] d = p.data(trainRows + testRows, noise, trainRows, dataSeed);
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
            return new Outcome(p.id(), draw, false, false, Double.NaN, 0, 0, 0, "", p.formula(), e.getMessage());
        }
        SymbolicRegression.Model m = r.best();
        double r2 = FitMetrics.r2(m, test, yTest, null);
        boolean symbolic = r2 > SYMBOLIC_CHECK_R2
                && BenchmarkSuite.symbolicSolution(p, m.structure(), m.params(), dataSeed);
        return new Outcome(p.id(), draw, symbolic, r2 > ACCURATE_R2, r2, m.structure().size(), r.completeSize(),
                r.seconds(), m.sympy(p.variables()), p.formula(), null);
    }

    /** Number of data draws in a run. */
    static int draws(List<Outcome> outcomes) {
        return outcomes.stream().mapToInt(Outcome::draw).max().orElse(0) + 1;
    }

    /**
     * A rate over draws: the mean over draws of the share of problems that {@code solved} holds for, and its standard
     * error (the standard deviation of the per-draw shares over the square root of the number of draws), in percent.
     */
    static double[] rateOverDraws(List<Outcome> outcomes, java.util.function.Predicate<Outcome> solved) {
        int draws = draws(outcomes);
        double[] share = new double[draws];
        int[] problems = new int[draws];
        for (Outcome o : outcomes) {
            problems[o.draw()]++;
            share[o.draw()] += solved.test(o) ? 1 : 0;
        }
        double mean = 0;
        for (int d = 0; d < draws; d++) {
            share[d] = 100.0 * share[d] / problems[d];
            mean += share[d] / draws;
        }
        double ss = 0;
        for (double v : share) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, draws > 1 ? Math.sqrt(ss / (draws - 1) / draws) : 0};
    }

    /** The run in one sentence: problems, settings, and both solution rates (over draws when there are several). */
    public static String summary(String suite, List<Outcome> outcomes, double noise, double seconds, int maxSize,
            String prior) {
        int draws = draws(outcomes);
        if (draws > 1) {
            double[] exact = rateOverDraws(outcomes, Outcome::symbolic);
            double[] accurate = rateOverDraws(outcomes, Outcome::accurate);
            return String.format(Locale.ROOT, "%s: %d problems x %d data draws, noise %s, %s s each, max size %d,"
                    + " prior %s: symbolic solutions %.1f ± %.1f %%, accuracy solutions %.1f ± %.1f %% (mean ± standard"
                    + " error over draws)", suite, outcomes.size() / draws, draws, noise, seconds, maxSize, prior,
                    exact[0], exact[1], accurate[0], accurate[1]);
        }
        long exact = outcomes.stream().filter(Outcome::symbolic).count();
        long accurate = outcomes.stream().filter(Outcome::accurate).count();
        return String.format(Locale.ROOT, "%s: %d problems, noise %s, %s s each, max size %d, prior %s:"
                + " symbolic solutions %d (%.1f %%), accuracy solutions %d (%.1f %%)", suite, outcomes.size(), noise,
                seconds, maxSize, prior, exact, 100.0 * exact / outcomes.size(), accurate,
                100.0 * accurate / outcomes.size());
    }

    /** results.csv: one row a problem and draw. */
    public static String resultsCsv(List<Outcome> outcomes) {
        StringBuilder csv = new StringBuilder(
                "id,draw,symbolic,accurate,test_r2,size,complete_size,seconds,model,truth\n");
        for (Outcome oc : outcomes) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%b,%b,%s,%d,%d,%.2f,\"%s\",\"%s\"%n", oc.id(), oc.draw(),
                    oc.symbolic(),
                    oc.accurate(), oc.testR2(), oc.size(), oc.completeSize(), oc.seconds(), oc.model(), oc.truth()));
        }
        return csv.toString();
    }

    /**
     * results.md: the summary with its provenance, with several draws a table of each problem's rates over them, then
     * one table row a problem and draw.
     */
    public static String resultsMarkdown(String suite, String summary, String codeVersion, long seed, int threads,
            List<Outcome> outcomes) {
        StringBuilder md = new StringBuilder("# " + suite + "\n\n" + summary + " (" + codeVersion + ", seed " + seed
                + ", " + threads + " threads)\n\n");
        int draws = draws(outcomes);
        if (draws > 1) {
            md.append("| id | symbolic | accurate |\n|---|---:|---:|\n");
            java.util.Map<String, int[]> byProblem = new java.util.LinkedHashMap<>();
            for (Outcome oc : outcomes) {
                int[] c = byProblem.computeIfAbsent(oc.id(), k -> new int[2]);
                c[0] += oc.symbolic() ? 1 : 0;
                c[1] += oc.accurate() ? 1 : 0;
            }
            byProblem.forEach((id, c) -> md.append("| ").append(id).append(" | ").append(c[0]).append('/')
                    .append(draws).append(" | ").append(c[1]).append('/').append(draws).append(" |\n"));
            md.append("\nData draw d uses seed ").append(seed).append(" for d = 0, seed XOR d * 0x9E3779B97F4A7C15"
                    + " after it.\n\n");
        }
        md.append("| id | draw | symbolic | accurate | test R² | size | complete to | s | model | truth |\n"
                + "|---|---:|---|---|---:|---:|---:|---:|---|---|\n");
        for (Outcome oc : outcomes) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.6g | %d | %d | %.1f | `%s` | `%s` |%n",
                    oc.id(), oc.draw(),
                    oc.symbolic() ? "yes" : "", oc.accurate() ? "yes" : "", oc.testR2(), oc.size(), oc.completeSize(),
                    oc.seconds(), oc.model(), oc.truth()));
        }
        return md.toString();
    }
}
