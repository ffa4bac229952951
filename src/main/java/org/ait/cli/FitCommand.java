package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.Tables;
import org.ait.io.AtomicFiles;
import org.ait.io.Json;
import org.ait.io.CsvDialect;
import org.ait.io.CsvOptions;
import org.ait.io.NumericCsv;
import org.ait.synth.fit.DataSplit;
import org.ait.synth.fit.FitData;
import org.ait.synth.fit.FitReport;
import org.ait.synth.fit.FitPlot;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.SymbolicRegression;
import org.ait.synth.mdl.StructurePrior;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait fit}: a symbolic model of one CSV column as a function of the others. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Symbolic regression: find the formula giving --target from the other columns. Every model"
                + " structure up to --max-size is fitted (parameters by least squares) while --time lasts, and"
                + " models are ranked by description length in bits: structure (its algorithmic prior, from our CTM"
                + " tables), parameters (to the precision the data supports) and residuals.",
            "Prints the chosen model, test R^2 and the accuracy-complexity Pareto front with each member's bits and"
                + " probability relative to the best (2^-dL); --out writes the same as JSON."})
final class FitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "CSV with a header row naming the columns.")
    Path data;

    @Option(names = "--target", required = true, description = "Column to explain.")
    String target;

    @Mixin
    SearchOptions search;

    @Option(names = "--max-size", defaultValue = "7", description = "Largest structure (nodes), default ${DEFAULT-VALUE}.")
    int maxSize;

    @Option(names = "--test-fraction", defaultValue = "0.25", description = "Rows held out for test R^2, default ${DEFAULT-VALUE}.")
    double testFraction;

    @Option(names = "--out", paramLabel = "RESULT.json", description = "Write the result as JSON (atomically).")
    Path out;

    @Mixin
    OutputOptions.JsonOption json;

    @Option(names = "--weights", paramLabel = "COLUMN", description = "Column of observation weights (weighted least"
            + " squares: a row of weight w counts as w rows); not an input. Finite, non-negative, some positive.")
    String weightsColumn;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Save the search's state after the term phase"
            + " and after each completed size (atomically), for --resume.")
    Path checkpoint;

    @Option(names = "--resume", description = "Continue from --checkpoint FILE (if it exists) with a new --time: the"
            + " sizes it completed are not fitted again, and the result is the one of an uninterrupted search.")
    boolean resume;

    @Mixin
    OutputOptions.QuietOption quiet;

    @Option(names = "--delimiter", paramLabel = "D", description = "Field delimiter: ',', ';' or tab (default:"
            + " detected from the header line). With ';' numbers may use a decimal comma.")
    String delimiter;

    @Option(names = "--drop-missing", description = "Drop rows with an empty or NA cell (and count them) instead of"
            + " stopping at the first.")
    boolean dropMissing;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Rows used: a larger file is streamed and a"
            + " seeded uniform sample of this many rows fitted, default ${DEFAULT-VALUE}.")
    int maxRows;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg", description = "Draw the data against the chosen"
            + " model, its residuals and the Pareto front.")
    Path plot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        search.validate(maxSize);
        if (resume && checkpoint == null) {
            throw new UserError("--resume needs --checkpoint FILE");
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new UserError("--test-fraction must be in [0, 1), got " + testFraction);
        }
        if (plot != null && FitPlot.format(plot) == null) {
            throw new UserError("--plot: '" + plot + "' must end in .png or .svg");
        }
        List<Op> ops = search.operators();
        CsvOptions reading = CsvOptions.DEFAULTS.withMaxRows(maxRows, search.seed)
                .withMissing(dropMissing ? CsvOptions.MissingCells.DROP_ROW : CsvOptions.MissingCells.FAIL);
        if (delimiter != null) {
            reading = reading.withDialect(CsvDialect.named(delimiter));
        }
        NumericCsv csv = NumericCsv.read(data, reading);
        FitData problem = FitData.of(csv, data.toString(), target, weightsColumn);
        List<String> symbols = problem.symbols();
        List<String> names = problem.inputSymbols();
        double[][] x = problem.x();
        double[] y = problem.y();
        int n = y.length;
        int nTrain = DataSplit.trainingRows(n, testFraction);
        if (nTrain < 3 || (testFraction > 0 && n - nTrain < 1)) {
            throw new UserError(data + ": " + n + " rows are too few to fit and test a model (at least " + (testFraction > 0
                    ? 4 : 3) + " needed)");
        }
        DataSplit split = DataSplit.of(x, y, problem.w(), testFraction, search.seed);
        StructurePrior structurePrior = search.prior(ops, names.size());
        SymbolicRegression.Result result;
        try {
            Progress progress = new Progress(spec.commandLine().getErr(), quiet.quiet);
            int[] trainingRows = DataSplit.trainingRows(n, testFraction, search.seed);
            SymbolicRegression sr = search.search(ops, structurePrior, maxSize).progress(progress::status)
                    .weights(split.wTrain()).precision(DataSplit.rows(problem.xSteps(), trainingRows),
                            DataSplit.rows(new double[][] {problem.ySteps()}, trainingRows)[0]);
            if (checkpoint != null) {
                sr.checkpoint(checkpoint, resume);
            }
            result = sr.fit(split.train(), split.yTrain());
            progress.finish();
        } catch (IllegalArgumentException e) {
            throw new UserError(data + ": " + e.getMessage());
        }
        Map<String, Object> model = FitReport.model(result.best(), result.best(), names, split);
        List<Map<String, Object>> front = new ArrayList<>();
        for (SymbolicRegression.Model m : result.front()) {
            front.add(FitReport.model(m, result.best(), names, split));
        }
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("data", data.toString());
        prov.put("target", csv.names().get(problem.target()));
        if (weightsColumn != null) {
            prov.put("weights", csv.names().get(problem.weights()));
        }
        prov.put("inputs", names);
        Map<String, String> renamed = problem.renamed();
        if (!renamed.isEmpty()) {
            prov.put("symbols", renamed);
        }
        prov.put("rows", n);
        prov.put("train_rows", nTrain);
        prov.put("csv", FitReport.csv(csv.reading()));
        prov.put("seed", search.seed);
        prov.put("operators", ops.stream().map(o -> o.sympy).toList());
        prov.put("prior", structurePrior.name());
        prov.put("max_size", maxSize);
        prov.put("complete_size", result.completeSize());
        prov.put("exact_law", result.exactLaw());
        prov.put("search", result.summary());
        prov.put("term_regression", Map.of("terms", result.terms().terms(), "terms_complete_size",
                result.terms().completeSize(), "structures_proposed", result.terms().proposed()));
        prov.put("models_fitted", result.evaluated());
        prov.put("seconds", Math.round(result.seconds() * 1000) / 1000.0);
        prov.put("threads", search.threads());
        prov.put("code_version", Tables.codeVersion());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model);
        doc.put("front", front);
        doc.put("provenance", prov);
        if (plot != null) {
            FitPlot.write(plot, new FitPlot.Data(symbols.get(problem.target()), names, x, y, result));
        }
        if (out != null) {
            AtomicFiles.write(out, (Json.pretty(doc) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json.json) {
            o.println(Json.pretty(doc));
            o.flush();
            return Main.EXIT_OK;
        }
        o.println(symbols.get(problem.target()) + " = " + model.get("expression"));
        if (!renamed.isEmpty()) {
            o.println("  where " + renamed.entrySet().stream().map(e -> e.getKey() + " is '" + e.getValue() + "'")
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        o.printf("test R^2 %s, %s bits; %s (%d models, %.1f s)%n", model.get("test_r2"),
                FitReport.round(result.best().bits().total()), prov.get("search"), result.evaluated(), result.seconds());
        String note = csv.reading().describe();
        if (!note.isEmpty()) {
            o.println("data: " + note);
        }
        o.println("Pareto front (size, bits, probability relative to the chosen model, train MSE, expression):");
        for (Map<String, Object> m : front) {
            o.printf("  %3s  %10s  %9.3g  %11.4g  %s%n", m.get("complexity"), m.get("description_length_bits"),
                    (Double) m.get("relative_probability"), (Double) m.get("loss"), m.get("expression"));
        }
        if (plot != null) {
            o.println("plot: " + plot);
        }
        o.flush();
        return Main.EXIT_OK;
    }
}
