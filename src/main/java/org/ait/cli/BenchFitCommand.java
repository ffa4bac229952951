package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ait.io.InputException;
import org.ait.ctm.Tables;
import org.ait.io.AtomicFiles;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.BenchmarkProgress;
import org.ait.synth.fit.BenchmarkSuite;
import org.ait.synth.fit.FitBenchmark;
import org.ait.synth.fit.RecoveryChart;
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

    @Option(names = "--draws", defaultValue = "1", description = "Data draws per problem (seeded samples of the rows:"
            + " draw 0 uses --seed); rates are then means over draws with their standard errors, default"
            + " ${DEFAULT-VALUE}.")
    int draws;

    @Option(names = "--max-size", defaultValue = "9", description = "Largest structure, default ${DEFAULT-VALUE}.")
    int maxSize;

    @Option(names = "--only", split = ",", description = "Only these problem ids.")
    Set<String> only;

    @Option(names = "--out", defaultValue = "bench-fit-results", description = "Output directory, default ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--resume", description = "Continue the run recorded in DIR/progress.jsonl (each finished problem"
            + " and draw is appended there): the same options give the same results as an uninterrupted run.")
    boolean resume;

    @Override
    public Integer call() throws IOException, InterruptedException {
        search.validate(maxSize);
        if (draws < 1) {
            throw new UserError("--draws must be at least 1, got " + draws);
        }
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
        Files.createDirectories(out);
        PrintWriter o = spec.commandLine().getOut();
        List<FitBenchmark.Outcome> outcomes = new ArrayList<>();
        String run = String.join("|", suite.toAbsolutePath().normalize().toString(), "noise " + noise, "time "
                + search.time, "seed " + search.seed, "prior " + search.prior, "operators " + ops, "terms "
                + !search.noTerms, "max size " + maxSize, "rows " + rows);
        try (BenchmarkProgress progress = BenchmarkProgress.open(out.resolve("progress.jsonl"), run, resume)) {
            for (BenchmarkSuite.Problem p : problems) {
                StructurePrior sp = search.prior(ops, p.variables().size());
                for (int d = 0; d < draws; d++) {
                    FitBenchmark.Outcome oc = progress.done(p.id(), d);
                    if (oc == null) {
                        oc = FitBenchmark.solve(p, search.search(ops, sp, maxSize),
                                rows != null ? rows : FitBenchmark.defaultRows(p), noise, search.seed, d);
                        progress.add(oc);
                    }
                    outcomes.add(oc);
                    o.println(oc.line());
                    o.flush();
                }
            }
        }
        String name = suite.getFileName().toString();
        String summary = FitBenchmark.summary(name, outcomes, noise, search.time, maxSize, search.prior);
        o.println(summary);
        AtomicFiles.write(out.resolve("results.csv"), FitBenchmark.resultsCsv(outcomes).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve("results.md"), FitBenchmark.resultsMarkdown(name, summary, Tables.codeVersion(),
                search.seed, search.threads(), outcomes).getBytes(StandardCharsets.UTF_8));
        RecoveryChart.write(out, name, outcomes.stream().map(FitBenchmark.Outcome::recovery).toList());
        return Main.EXIT_OK;
    }
}
