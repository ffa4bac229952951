package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.ait.synth.expr.SafeNames;
import org.ait.synth.fit.DataSplit;
import org.ait.synth.fit.FitMetrics;
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
        List<String> symbols = SafeNames.of(csv.names());
        int t = column(csv, symbols, target, "--target");
        int wc = weightsColumn == null ? -1 : column(csv, symbols, weightsColumn, "--weights");
        if (wc == t) {
            throw new UserError("--weights: the weights column cannot be the target");
        }
        double[] w = wc < 0 ? null : csv.columns()[wc];
        if (w != null) {
            for (int r = 0; r < w.length; r++) {
                if (w[r] < 0) {
                    throw new UserError(data + ": row " + (r + 2) + ", column '" + weightsColumn + "': weight " + w[r]
                            + " is negative");
                }
            }
            if (Arrays.stream(w).allMatch(v -> v == 0)) {
                throw new UserError(data + ": every weight in column '" + weightsColumn + "' is zero");
            }
        }
        List<Integer> inputs = new ArrayList<>();
        for (int c = 0; c < csv.names().size(); c++) {
            if (c != t && c != wc) {
                inputs.add(c);
            }
        }
        List<String> names = inputs.stream().map(symbols::get).toList();
        if (names.isEmpty()) {
            throw new UserError(data + ": no input columns besides the target '" + target + "'");
        }
        double[] y = csv.columns()[t];
        if (Arrays.stream(y).distinct().count() == 1) {
            throw new UserError(data + ": target '" + target + "' is constant (" + y[0] + "): nothing to fit");
        }
        int n = y.length;
        int nTrain = DataSplit.trainingRows(n, testFraction);
        if (nTrain < 3 || (testFraction > 0 && n - nTrain < 1)) {
            throw new UserError(data + ": " + n + " rows are too few to fit and test a model (at least " + (testFraction > 0
                    ? 4 : 3) + " needed)");
        }
        double[][] x = inputs.stream().map(c -> csv.columns()[c]).toArray(double[][]::new);
        DataSplit split = DataSplit.of(x, y, w, testFraction, search.seed);
        StructurePrior structurePrior = search.prior(ops, names.size());
        SymbolicRegression.Result result;
        try {
            Progress progress = new Progress(spec.commandLine().getErr(), quiet.quiet);
            SymbolicRegression sr = search.search(ops, structurePrior, maxSize).progress(progress::status)
                    .weights(split.wTrain());
            if (checkpoint != null) {
                sr.checkpoint(checkpoint, resume);
            }
            result = sr.fit(split.train(), split.yTrain());
            progress.finish();
        } catch (IllegalArgumentException e) {
            throw new UserError(data + ": " + e.getMessage());
        }
        Map<String, Object> model = describe(result.best(), result.best(), names, split);
        List<Map<String, Object>> front = new ArrayList<>();
        for (SymbolicRegression.Model m : result.front()) {
            front.add(describe(m, result.best(), names, split));
        }
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("data", data.toString());
        prov.put("target", csv.names().get(t));
        if (weightsColumn != null) {
            prov.put("weights", csv.names().get(wc));
        }
        prov.put("inputs", names);
        Map<String, String> renamed = new LinkedHashMap<>();
        for (int c = 0; c < symbols.size(); c++) {
            if (!symbols.get(c).equals(csv.names().get(c))) {
                renamed.put(symbols.get(c), csv.names().get(c));
            }
        }
        if (!renamed.isEmpty()) {
            prov.put("symbols", renamed);
        }
        prov.put("rows", n);
        prov.put("train_rows", nTrain);
        prov.put("csv", csvReport(csv.reading()));
        prov.put("seed", search.seed);
        prov.put("operators", ops.stream().map(o -> o.sympy).toList());
        prov.put("prior", structurePrior.name());
        prov.put("max_size", maxSize);
        prov.put("complete_size", result.completeSize());
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
            FitPlot.write(plot, new FitPlot.Data(symbols.get(t), names, x, y, result));
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
        o.println(symbols.get(t) + " = " + model.get("expression"));
        if (!renamed.isEmpty()) {
            o.println("  where " + renamed.entrySet().stream().map(e -> e.getKey() + " is '" + e.getValue() + "'")
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        o.printf("test R^2 %s, %s bits; %s (%d models, %.1f s)%n", model.get("test_r2"),
                round(result.best().bits().total()), prov.get("search"), result.evaluated(), result.seconds());
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

    /** A column named as in the header or by its symbol. */
    private int column(NumericCsv csv, List<String> symbols, String name, String option) {
        int c = csv.names().indexOf(name);
        if (c < 0) {
            c = symbols.indexOf(name);
        }
        if (c < 0) {
            throw new UserError((option.equals("--target") ? "" : option + ": ") + data + ": no column '" + name
                    + "' (columns: " + String.join(", ", csv.names()) + ")");
        }
        return c;
    }

    private static Map<String, Object> csvReport(NumericCsv.Reading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delimiter", String.valueOf(r.dialect().delimiter()));
        m.put("decimal_comma", r.decimalComma());
        m.put("data_rows", r.dataRows());
        m.put("dropped_rows", r.droppedRows());
        m.put("sampled", r.sampled());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Map<String, Object> describe(SymbolicRegression.Model m, SymbolicRegression.Model best,
            List<String> names, DataSplit split) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("expression", m.sympy(names));
        d.put("latex", m.latex(names));
        d.put("loss", m.mse());
        d.put("complexity", m.structure().size());
        d.put("description_length_bits", round(m.bits().total()));
        d.put("bits", Map.of("structure", round(m.bits().structure()), "parameters", round(m.bits().parameters()),
                "data", round(m.bits().data())));
        d.put("relative_probability", Math.pow(2, best.bits().total() - m.bits().total()));
        if (split.yTest().length > 0) {
            double r2 = FitMetrics.r2(m, split.test(), split.yTest(), split.wTest());
            d.put("test_r2", Double.isFinite(r2) ? r2 : null);
        }
        return d;
    }
}
