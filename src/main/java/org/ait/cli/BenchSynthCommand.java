package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.ait.io.InputException;
import org.ait.ctm.Tables;
import org.ait.io.AtomicFiles;
import org.ait.synth.mdl.ProgramPrior;
import org.ait.synth.sequence.SequenceBenchmark;
import org.ait.synth.sequence.SequenceSuite;
import org.ait.synth.sequence.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait bench-synth}: the OEIS prediction protocol (first N terms given, next M predicted exactly). */
@Command(name = "bench-synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs 'ait synth' on every sequence of a suite (one a line, 'ID ,t0,t1,...', as"
                + " ../shared/reference/oeis/ has them): the first --input-terms are given and the best program's next"
                + " --predict terms must equal the listed ones.",
            "Writes DIR/predictions.tsv, DIR/results.csv and DIR/results.md."})
final class BenchSynthCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "Suite file.")
    Path suite;

    @Option(names = "--input-terms", defaultValue = "25", description = "Terms given, default ${DEFAULT-VALUE}.")
    int inputTerms;

    @Option(names = "--predict", defaultValue = "10", description = "Terms predicted, or 'all' (every remaining"
            + " listed term), default ${DEFAULT-VALUE}.")
    String predict;

    @Option(names = "--time", defaultValue = "10", description = "Time limit per sequence in seconds, default ${DEFAULT-VALUE}.")
    double time;

    @Option(names = "--threads", description = "Sequences run in parallel (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--sample", description = "A seeded sample of this many sequences (default: all eligible).")
    Integer sample;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --sample, default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--prior", defaultValue = "algorithmic", description = "algorithmic or size, default ${DEFAULT-VALUE}.")
    String prior;

    @Option(names = "--out", defaultValue = "bench-synth-results", description = "Output directory, default ${DEFAULT-VALUE}.")
    Path out;

    @Mixin
    OutputOptions.QuietOption quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int m;
        if (predict.equals("all")) {
            m = 0;
        } else {
            try {
                m = Integer.parseInt(predict);
            } catch (NumberFormatException e) {
                throw new UserError("--predict must be a number or 'all', got '" + predict + "'");
            }
            if (m < 1) {
                throw new UserError("--predict must be at least 1, got " + m);
            }
        }
        if (inputTerms < 1) {
            throw new UserError("--input-terms must be at least 1, got " + inputTerms);
        }
        if (!(time > 0)) {
            throw new UserError("--time must be positive, got " + time);
        }
        Threads.check(threads);
        if (sample != null && sample < 1) {
            throw new UserError("--sample must be at least 1, got " + sample);
        }
        ProgramPrior p = ProgramPrior.named(prior);
        List<SequenceSuite.Entry> entries;
        try {
            entries = SequenceSuite.read(suite);
        } catch (NoSuchFileException e) {
            throw new UserError(suite + ": no such file");
        } catch (IllegalArgumentException | InputException e) {
            throw new UserError(e.getMessage());
        }
        int workers = Threads.orAllCores(threads);
        Synthesizer synth = Synthesizer.builder().prior(p).timeSeconds(time).top(1).build();
        SequenceBenchmark bench = new SequenceBenchmark(synth, inputTerms, m);
        List<SequenceSuite.Entry> eligible = bench.eligible(entries);
        if (eligible.isEmpty()) {
            throw new UserError(suite + ": no sequence has " + (inputTerms + Math.max(1, m)) + " terms");
        }
        List<SequenceSuite.Entry> chosen = sample == null ? eligible : SequenceBenchmark.sample(eligible, sample, seed);
        Progress progress = new Progress(spec.commandLine().getErr(), quiet.quiet);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger solved = new AtomicInteger();
        long start = System.nanoTime();
        List<SequenceBenchmark.Outcome> outcomes = bench.run(chosen, workers, o -> {
            int d = done.incrementAndGet();
            if (o.exact()) {
                solved.incrementAndGet();
            }
            progress.status(String.format(Locale.ROOT, "%d/%d sequences, %d exact (%.1f %%), elapsed %s", d,
                    chosen.size(), solved.get(), 100.0 * solved.get() / d, Progress.duration((System.nanoTime() - start) / 1e9)));
        });
        progress.finish();
        SequenceBenchmark.Report report = new SequenceBenchmark.Report(outcomes, inputTerms, m, eligible.size(), seed,
                sample, p.label(), time, workers);
        Files.createDirectories(out);
        AtomicFiles.write(out.resolve("predictions.tsv"),
                SequenceBenchmark.predictionsTsv(outcomes).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve("results.csv"), SequenceBenchmark.resultsCsv(outcomes).getBytes(StandardCharsets.UTF_8));
        String md = SequenceBenchmark.resultsMarkdown(suite.getFileName().toString(), report, Tables.codeVersion());
        AtomicFiles.write(out.resolve("results.md"), md.getBytes(StandardCharsets.UTF_8));
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d of %d exact (%.1f %%); median %.3f s, max %.3f s per sequence; wrote %s%n",
                report.solved(), outcomes.size(), 100 * report.rate(), report.medianSeconds(), report.maxSeconds(), out);
        o.flush();
        return Main.EXIT_OK;
    }
}
