package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ait.io.InputException;
import org.ait.ctm.Tables;
import org.ait.io.AtomicFiles;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.BenchmarkSuite;
import org.ait.synth.fit.RecoveryChart;
import org.ait.synth.fit.SymbolicRegression;
import org.ait.synth.mdl.StructurePrior;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait bench-fit}: symbolic regression on a benchmark suite, scored as SRBench scores. */
@Command(name = "bench-fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs 'ait fit' on every problem of a suite (datasets/sr/nguyen.csv, datasets/sr/feynman.csv)"
                + " with seeded data, and scores each result as SRBench does: symbolic solution (the model differs"
                + " from the truth by a constant or a constant factor, checked at 200 fresh points; only when test"
                + " R^2 > 0.5) and accuracy solution (test R^2 > 0.999).",
            "Writes DIR/results.csv and DIR/results.md (rates, times, model sizes, every model) and the recovery chart"
                + " DIR/recovery.png and .svg (test R^2 by problem; share recovered within t seconds)."})
final class BenchFitCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE.csv", description = "Suite definition file.")
    Path suite;

    @Mixin
    SearchOptions search;

    @Option(names = "--noise", defaultValue = "0", description = "Noise on the training target, as a fraction of its"
            + " RMS (SRBench: 0, 0.001, 0.01, 0.1), default ${DEFAULT-VALUE}.")
    double noise;

    @Option(names = "--rows", description = "Training rows (default: the suite's, 20 for Nguyen; 200 for Feynman);"
            + " a third as many clean test rows are added.")
    Integer rows;

    @Option(names = "--max-size", defaultValue = "9", description = "Largest structure, default ${DEFAULT-VALUE}.")
    int maxSize;

    @Option(names = "--only", split = ",", description = "Only these problem ids.")
    Set<String> only;

    @Option(names = "--out", defaultValue = "bench-fit-results", description = "Output directory, default ${DEFAULT-VALUE}.")
    Path out;

    record Outcome(String id, boolean symbolic, boolean accurate, double testR2, int size, int completeSize,
            double seconds, String model, String truth) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        search.validate(maxSize);
        if (!(noise >= 0)) {
            throw new UserError("--noise must be at least 0, got " + noise);
        }
        List<BenchmarkSuite.Problem> problems;
        try {
            problems = BenchmarkSuite.read(suite);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(suite + ": no such file");
        } catch (IllegalArgumentException | InputException e) {
            throw new UserError(e.getMessage());
        }
        if (only != null) {
            problems = problems.stream().filter(p -> only.contains(p.id())).toList();
            if (problems.isEmpty()) {
                throw new UserError("--only: no such problem in " + suite);
            }
        }
        List<Op> ops = search.operators();
        int workers = search.threads();
        long seed = search.seed;
        Files.createDirectories(out);
        PrintWriter o = spec.commandLine().getOut();
        List<Outcome> outcomes = new ArrayList<>();
        for (BenchmarkSuite.Problem p : problems) {
            int nTrain = rows != null ? rows : p.defaultRows() >= 1000 ? 200 : p.defaultRows();
            int nTest = Math.max(1, nTrain / 3);
            double[][] d = p.data(nTrain + nTest, noise, nTrain, seed);
            int v = p.variables().size();
            double[][] train = new double[v][];
            double[][] test = new double[v][];
            for (int i = 0; i < v; i++) {
                train[i] = Arrays.copyOfRange(d[i], 0, nTrain);
                test[i] = Arrays.copyOfRange(d[i], nTrain, nTrain + nTest);
            }
            double[] yTrain = Arrays.copyOfRange(d[v], 0, nTrain);
            double[] yTest = Arrays.copyOfRange(d[v], nTrain, nTrain + nTest);
            StructurePrior sp = search.prior(ops, v);
            SymbolicRegression.Result r;
            try {
                r = search.search(ops, sp, maxSize).fit(train, yTrain);
            } catch (IllegalArgumentException e) {
                o.printf("%-10s no model (%s)%n", p.id(), e.getMessage());
                outcomes.add(new Outcome(p.id(), false, false, Double.NaN, 0, 0, 0, "", p.formula()));
                continue;
            }
            SymbolicRegression.Model m = r.best();
            double r2 = org.ait.synth.fit.FitMetrics.r2(m, test, yTest, null);
            boolean symbolic = r2 > 0.5 && BenchmarkSuite.symbolicSolution(p, m.structure(), m.params(), seed);
            Outcome oc = new Outcome(p.id(), symbolic, r2 > 0.999, r2, m.structure().size(), r.completeSize(),
                    r.seconds(), m.sympy(p.variables()), p.formula());
            outcomes.add(oc);
            o.printf(Locale.ROOT, "%-10s %-8s R2 %-10.6g size %2d (complete to %d) %6.1f s  %s%n", p.id(),
                    symbolic ? "EXACT" : oc.accurate() ? "accurate" : "-", r2, oc.size(), oc.completeSize(),
                    oc.seconds(), oc.model());
        }
        long exact = outcomes.stream().filter(Outcome::symbolic).count();
        long accurate = outcomes.stream().filter(Outcome::accurate).count();
        String summary = String.format(Locale.ROOT, "%s: %d problems, noise %s, %s s each, max size %d, prior %s:"
                + " symbolic solutions %d (%.1f %%), accuracy solutions %d (%.1f %%)", suite.getFileName(),
                outcomes.size(), noise, search.time, maxSize, search.prior, exact, 100.0 * exact / outcomes.size(), accurate,
                100.0 * accurate / outcomes.size());
        o.println(summary);
        StringBuilder csv = new StringBuilder("id,symbolic,accurate,test_r2,size,complete_size,seconds,model,truth\n");
        StringBuilder md = new StringBuilder("# " + suite.getFileName() + "\n\n" + summary + " (" + Tables.codeVersion()
                + ", seed " + seed + ", " + workers + " threads)\n\n| id | symbolic | accurate | test R² | size |"
                + " complete to | s | model | truth |\n|---|---|---|---:|---:|---:|---:|---|---|\n");
        for (Outcome oc : outcomes) {
            csv.append(String.format(Locale.ROOT, "%s,%b,%b,%s,%d,%d,%.2f,\"%s\",\"%s\"%n", oc.id(), oc.symbolic(),
                    oc.accurate(), oc.testR2(), oc.size(), oc.completeSize(), oc.seconds(), oc.model(), oc.truth()));
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.6g | %d | %d | %.1f | `%s` | `%s` |%n", oc.id(),
                    oc.symbolic() ? "yes" : "", oc.accurate() ? "yes" : "", oc.testR2(), oc.size(), oc.completeSize(),
                    oc.seconds(), oc.model(), oc.truth()));
        }
        AtomicFiles.write(out.resolve("results.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve("results.md"), md.toString().getBytes(StandardCharsets.UTF_8));
        RecoveryChart.write(out, suite.getFileName().toString(), outcomes.stream().map(oc -> new RecoveryChart.Outcome(
                oc.id(), oc.symbolic(), oc.accurate(), oc.testR2(), oc.seconds())).toList());
        return Main.EXIT_OK;
    }
}
