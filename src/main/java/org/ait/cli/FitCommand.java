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
import org.ait.io.NumericCsv;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.SymbolicRegression;
import org.ait.synth.mdl.StructurePrior;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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

    @Option(names = "--json", description = "Print the JSON result instead of the table.")
    boolean json;

    @Option(names = "--weights", paramLabel = "COLUMN", description = "Column of observation weights (weighted least"
            + " squares: a row of weight w counts as w rows); not an input. Finite, non-negative, some positive.")
    String weightsColumn;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Save the search's state after the term phase"
            + " and after each completed size (atomically), for --resume.")
    Path checkpoint;

    @Option(names = "--resume", description = "Continue from --checkpoint FILE (if it exists) with a new --time: the"
            + " sizes it completed are not fitted again, and the result is the one of an uninterrupted search.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        search.validate(maxSize);
        if (resume && checkpoint == null) {
            throw new UserError("--resume needs --checkpoint FILE");
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new UserError("--test-fraction must be in [0, 1), got " + testFraction);
        }
        List<Op> ops = search.operators();
        NumericCsv csv;
        try {
            csv = NumericCsv.read(data);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        int t;
        try {
            t = csv.column(target);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        int wc = -1;
        if (weightsColumn != null) {
            try {
                wc = csv.column(weightsColumn);
            } catch (IllegalArgumentException e) {
                throw new UserError("--weights: " + e.getMessage());
            }
            if (wc == t) {
                throw new UserError("--weights: the weights column cannot be the target");
            }
            double[] w = csv.columns()[wc];
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
        List<String> names = new ArrayList<>(csv.names());
        names.remove(target);
        if (weightsColumn != null) {
            names.remove(weightsColumn);
        }
        if (names.isEmpty()) {
            throw new UserError(data + ": no input columns besides the target '" + target + "'");
        }
        double[] y = csv.columns()[t];
        if (Arrays.stream(y).distinct().count() == 1) {
            throw new UserError(data + ": target '" + target + "' is constant (" + y[0] + "): nothing to fit");
        }
        // Seeded split: a permutation of the rows, the first (1 - f) for training.
        int n = y.length;
        int[] order = permutation(n, search.seed);
        int nTrain = testFraction == 0 ? n : (int) Math.round(n * (1 - testFraction));
        if (nTrain < 3 || (testFraction > 0 && n - nTrain < 1)) {
            throw new UserError(data + ": " + n + " rows are too few to fit and test a model (at least " + (testFraction > 0
                    ? 4 : 3) + " needed)");
        }
        double[][] train = new double[names.size()][nTrain];
        double[][] test = new double[names.size()][n - nTrain];
        double[] yTrain = new double[nTrain];
        double[] yTest = new double[n - nTrain];
        double[] wTrain = wc < 0 ? null : new double[nTrain];
        double[] wTest = wc < 0 ? null : new double[n - nTrain];
        for (int i = 0; i < n; i++) {
            int r = order[i];
            if (wc >= 0) {
                if (i < nTrain) {
                    wTrain[i] = csv.columns()[wc][r];
                } else {
                    wTest[i - nTrain] = csv.columns()[wc][r];
                }
            }
            for (int c = 0, v = 0; c < csv.names().size(); c++) {
                if (c == t || c == wc) {
                    continue;
                }
                if (i < nTrain) {
                    train[v][i] = csv.columns()[c][r];
                } else {
                    test[v][i - nTrain] = csv.columns()[c][r];
                }
                v++;
            }
            if (i < nTrain) {
                yTrain[i] = y[r];
            } else {
                yTest[i - nTrain] = y[r];
            }
        }
        StructurePrior structurePrior = search.prior(ops, names.size());
        int workers = search.threads();
        SymbolicRegression.Result result;
        try {
            Progress progress = new Progress(System.err, quiet);
            SymbolicRegression sr = search.search(ops, structurePrior, maxSize).progress(progress::status)
                    .weights(wTrain);
            if (checkpoint != null) {
                sr.checkpoint(checkpoint, resume);
            }
            result = sr.fit(train, yTrain);
            progress.finish();
        } catch (IllegalArgumentException e) {
            throw new UserError(data + ": " + e.getMessage());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", describe(result.best(), result.best(), names, test, yTest, wTest));
        List<Map<String, Object>> front = new ArrayList<>();
        for (SymbolicRegression.Model m : result.front()) {
            front.add(describe(m, result.best(), names, test, yTest, wTest));
        }
        doc.put("front", front);
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("data", data.toString());
        prov.put("target", target);
        if (weightsColumn != null) {
            prov.put("weights", weightsColumn);
        }
        prov.put("inputs", names);
        prov.put("rows", n);
        prov.put("train_rows", nTrain);
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
        prov.put("threads", workers);
        prov.put("code_version", Tables.codeVersion());
        doc.put("provenance", prov);
        if (out != null) {
            AtomicFiles.write(out, (Json.pretty(doc) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        PrintWriter o = TablesCommand.stdout();
        if (json) {
            o.println(Json.pretty(doc));
            return Main.EXIT_OK;
        }
        Map<?, ?> model = (Map<?, ?>) doc.get("model");
        o.println(target + " = " + model.get("expression"));
        o.printf("test R^2 %s, %s bits; %s (%d models, %.1f s)%n", model.get("test_r2"),
                round(result.best().bits().total()), prov.get("search"), result.evaluated(), result.seconds());
        o.println("Pareto front (size, bits, probability relative to the chosen model, train MSE, expression):");
        for (Map<String, Object> m : front) {
            o.printf("  %3s  %10s  %9.3g  %11.4g  %s%n", m.get("complexity"), m.get("description_length_bits"),
                    (Double) m.get("relative_probability"), (Double) m.get("loss"), m.get("expression"));
        }
        return Main.EXIT_OK;
    }

    /** Test R^2 of a model (null-safe: NaN when the test target is constant or predictions are not finite). */
    static double r2(SymbolicRegression.Model m, double[][] test, double[] yTest) {
        return r2(m, test, yTest, null);
    }

    /** Test R^2, weighted when weights are given (null: equal). */
    static double r2(SymbolicRegression.Model m, double[][] test, double[] yTest, double[] w) {
        double[] p = new double[yTest.length];
        m.structure().evaluate(test, m.params(), p);
        double sw = 0;
        double mean = 0;
        for (int i = 0; i < p.length; i++) {
            double wi = w == null ? 1 : w[i];
            sw += wi;
            mean += wi * yTest[i];
        }
        mean /= sw;
        double ssr = 0;
        double sst = 0;
        for (int i = 0; i < p.length; i++) {
            double wi = w == null ? 1 : w[i];
            ssr += wi * (yTest[i] - p[i]) * (yTest[i] - p[i]);
            sst += wi * (yTest[i] - mean) * (yTest[i] - mean);
        }
        return sst == 0 ? Double.NaN : 1 - ssr / sst;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Map<String, Object> describe(SymbolicRegression.Model m, SymbolicRegression.Model best,
            List<String> names, double[][] test, double[] yTest, double[] wTest) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("expression", m.sympy(names));
        d.put("latex", m.structure().toLatex(names, m.params()));
        d.put("loss", m.mse());
        d.put("complexity", m.structure().size());
        d.put("description_length_bits", round(m.bits().total()));
        d.put("bits", Map.of("structure", round(m.bits().structure()), "parameters", round(m.bits().parameters()),
                "data", round(m.bits().data())));
        d.put("relative_probability", Math.pow(2, best.bits().total() - m.bits().total()));
        if (yTest.length > 0) {
            double r2 = r2(m, test, yTest, wTest);
            d.put("test_r2", Double.isFinite(r2) ? r2 : null);
        }
        return d;
    }

    private static int[] permutation(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, 0x5EED});
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int s = order[i];
            order[i] = order[j];
            order[j] = s;
        }
        return order;
    }
}
