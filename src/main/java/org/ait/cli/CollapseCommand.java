package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.collapse.Configuration;
import org.ait.collapse.Studies;
import org.ait.collapse.Study;
import org.ait.collapse.StudyPlan;
import org.ait.collapse.metrics.Row;
import org.ait.collapse.report.ConsoleSummary;
import org.ait.collapse.report.StudyReport;
import org.ait.ctm.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ait collapse}: the self-consuming training harness (shared/spec/collapse.md). Parses and wires only. */
@Command(name = "collapse", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Retrains learners generation after generation on their own output, with a fraction alpha_t"
                + " of real data, and measures the loss of diversity and the drift from the truth.",
            "Writes DIR/metrics.csv, DIR/summary.json, plots (PNG and SVG) and DIR/report.html.",
            "Either --study NAME (default, default-neural, closed-forms, eca, simplicity) or a custom study from"
                + " --generator, --learners, --alpha and --mode."})
final class CollapseCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--study", description = "A named study: default (all learners x main schedules x seeds),"
            + " default-neural (the same and the neural language model), closed-forms, eca, simplicity.")
    String study;

    @Option(names = "--generator", description = "The truth: categorical:K, zipf:K:S, gaussian:MU:SIGMA, gmm:K,"
            + " eca:RULE[:WIDTH:STEPS], tm:MACHINE, sequence:NAME, law:EXPRESSION[:NOISE[:LO:HI]]; default categorical:10.")
    String generator;

    @Option(names = "--learners", description = "Comma-separated: categorical-mle, add-beta:B, ngram:K, gaussian-mle,"
            + " gaussian-unbiased, kde:H, kde-silverman, gmm-em:K, neural-lm, eca-rule, tm-ctm, sequence-synth,"
            + " formula-fit (+warm after a symbolic one); default categorical-mle.")
    String learners;

    @Option(names = "--alpha", description = "Comma-separated schedules: numbers in [0,1], 1/n, 1/sqrt(t), 1/t,"
            + " 0.9^t; default 0.")
    String alpha;

    @Option(names = "--mode", description = "replace, accumulate or accumulate-subsample; default replace.")
    String mode;

    @Option(names = "--generations", description = "Generations T (default: 100, or each study part's own).")
    Integer generations;

    @Option(names = "--samples", description = "Items n a generation (default: 100, or each study part's own).")
    Integer samples;

    @Option(names = "--seeds", defaultValue = "20", description = "Seeds per configuration, default ${DEFAULT-VALUE}"
            + " (the default study caps its slowest symbolic parts at fewer).")
    int seeds;

    @Option(names = "--seed", defaultValue = "1", description = "First seed; seeds are S, S+1, ..., default"
            + " ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--time", defaultValue = "60", description = "Safety limit in seconds of one formula fit, default"
            + " ${DEFAULT-VALUE} (a fit ends by size in about a second; one cut by time would depend on the machine).")
    double time;

    @Option(names = "--out", defaultValue = "collapse-results", description = "Output directory, default"
            + " ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted study from DIR/.checkpoint (same options).")
    boolean resume;

    @Mixin
    OutputOptions.JsonOption json;

    @Mixin
    OutputOptions.QuietOption quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Threads.check(threads);
        if (study != null && (generator != null || learners != null || alpha != null || mode != null)) {
            throw new UserError("--study " + study + " sets its own generators, learners, schedules and modes:"
                    + " leave out --generator, --learners, --alpha and --mode");
        }
        StudyPlan.Overrides overrides = new StudyPlan.Overrides(seeds, seed, samples, generations, time);
        StudyPlan plan = study != null ? StudyPlan.of(Studies.parts(study), overrides)
                : StudyPlan.of(List.of(StudyPlan.custom(generator, learners, alpha, mode)), overrides);
        String name = study != null ? study : "custom";
        List<Configuration<?>> configs = plan.configurations();
        List<String> notes = plan.notes();
        Study s = plan.study();
        Path checkpoint = out.resolve(".checkpoint");
        if (Files.exists(checkpoint) && !resume) {
            throw new UserError(out + " holds the checkpoint of an unfinished study: run the same command with --resume"
                    + " (or delete " + checkpoint + ")");
        }
        int workers = Threads.orAllCores(threads);
        Progress progress = new Progress(spec.commandLine().getErr(), quiet.quiet);
        long start = System.nanoTime();
        List<Row> rows = s.run(workers, checkpoint, (done, total, conf) -> progress.status(String.format(Locale.ROOT,
                "%d/%d runs (configuration x seed), elapsed %s; last: %s", done, total,
                Progress.duration((System.nanoTime() - start) / 1e9), conf)));
        progress.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("study", name);
        provenance.put("configurations", configs.size());
        provenance.put("seeds", "from " + seed + ", up to " + seeds + " per configuration");
        provenance.put("version", Tables.codeVersion());
        Map<String, Object> shown = new LinkedHashMap<>(provenance);
        shown.put("runs", plan.runs());
        shown.put("threads", workers);
        shown.put("elapsed_seconds", String.format(Locale.ROOT, "%.1f", seconds));
        StudyReport.Written w = StudyReport.write(out, name, rows, provenance, shown, notes);
        Study.deleteCheckpoint(checkpoint);
        PrintWriter o = spec.commandLine().getOut();
        if (json.json) {
            o.println(Files.readString(out.resolve("summary.json")));
        } else {
            o.print(ConsoleSummary.text(rows, w.checks()));
            o.printf(Locale.ROOT, "%d runs, %d rows, %.1f s on %d threads; wrote %s (metrics.csv, summary.json, %d plots"
                    + " as PNG and SVG, report.html)%n", shown.get("runs"), rows.size(), seconds, workers, out,
                    w.plots().size());
        }
        o.flush();
        return Main.EXIT_OK;
    }
}
