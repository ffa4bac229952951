package org.ait.synth.fit;

import org.ait.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Symbolic-regression benchmark problems (a formula and a sampling range per variable) and seeded data for them.
 * Reads the two suite formats of {@code datasets/sr/}: Feynman ({@code id,formula,"x:[lo,hi]; y:[lo,hi]"}, formula
 * {@code target = expression}) and Nguyen ({@code id,formula,x1;x2,n,"U[lo,hi,n]",...}, target {@code y}).
 * SRBench's conventions for scoring: a symbolic solution is a model that differs from the truth by a constant or a
 * constant factor, checked here numerically at fresh points (where SRBench simplifies with sympy); an accuracy
 * solution has test R^2 above 0.999.
 */
public final class BenchmarkSuite {

    /** One problem: the true formula over its variables, each drawn uniformly from [low, high]. */
    public record Problem(String id, String target, String formula, List<String> variables, double[] low,
            double[] high, int defaultRows) {

        public Expr truth() {
            return ExprParser.parse(formula, variables);
        }

        /**
         * Seeded data: {@code rows} observations, columns = the variables then the target; Gaussian noise of
         * standard deviation noise * RMS(target) added to the target of the first {@code noisyRows} rows only (the
         * training part, as SRBench does).
         */
        public double[][] data(int rows, double noise, int noisyRows, long seed) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, id.hashCode()});
            int v = variables.size();
            double[][] cols = new double[v + 1][rows];
            Expr truth = truth();
            double[] row = new double[v];
            double sumSq = 0;
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < v; i++) {
                    row[i] = low[i] + (high[i] - low[i]) * rng.nextDouble();
                    cols[i][r] = row[i];
                }
                cols[v][r] = truth.evaluate(row, null);
                sumSq += cols[v][r] * cols[v][r];
            }
            double sd = noise * Math.sqrt(sumSq / rows);
            if (sd > 0) {
                for (int r = 0; r < noisyRows; r++) {
                    // Box-Muller: u1 in (0, 1] keeps the logarithm finite.
                    double u1 = 1 - rng.nextDouble();
                    cols[v][r] += sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng.nextDouble());
                }
            }
            return cols;
        }
    }

    private BenchmarkSuite() {
    }

    private static final Pattern FEYNMAN_RANGE = Pattern.compile("\\s*([A-Za-z_][A-Za-z_0-9]*)\\s*:\\s*\\[([^,\\]]+),([^\\]]+)\\]");
    private static final Pattern UNIFORM = Pattern.compile("U\\[([^,]+),([^,]+),(\\d+)\\]");

    /** Reads a suite; every problem's formula is parsed once so that a bad definition fails here, with its id. */
    public static List<Problem> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new InputException(file + ": empty suite file");
        }
        boolean nguyen = lines.get(0).contains("sampling");
        List<Problem> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsv(line);
            String id = f.get(0);
            try {
                Problem p;
                if (nguyen) {
                    List<String> vars = List.of(f.get(2).split(";"));
                    Matcher m = UNIFORM.matcher(f.get(4));
                    if (!m.find()) {
                        throw new InputException("no U[low,high,n] sampling");
                    }
                    double[] lo = new double[vars.size()];
                    double[] hi = new double[vars.size()];
                    java.util.Arrays.fill(lo, Double.parseDouble(m.group(1)));
                    java.util.Arrays.fill(hi, Double.parseDouble(m.group(2)));
                    p = new Problem(id, "y", f.get(1), vars, lo, hi, Integer.parseInt(m.group(3)));
                } else {
                    String formula = f.get(1);
                    int eq = formula.indexOf('=');
                    List<String> vars = new ArrayList<>();
                    List<double[]> ranges = new ArrayList<>();
                    Matcher m = FEYNMAN_RANGE.matcher(f.get(2));
                    while (m.find()) {
                        vars.add(m.group(1));
                        ranges.add(new double[] {Double.parseDouble(m.group(2).trim()), Double.parseDouble(m.group(3).trim())});
                    }
                    double[] lo = new double[vars.size()];
                    double[] hi = new double[vars.size()];
                    for (int i = 0; i < vars.size(); i++) {
                        lo[i] = ranges.get(i)[0];
                        hi[i] = ranges.get(i)[1];
                    }
                    p = new Problem(id, formula.substring(0, eq).trim(), formula.substring(eq + 1).trim(), vars, lo, hi,
                            1000);
                }
                p.truth();
                out.add(p);
            } catch (RuntimeException e) {
                throw new InputException(file + ": problem " + id + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Splits one CSV line on commas outside double quotes. */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }

    /**
     * Whether a model is a symbolic solution: at 200 fresh points of the problem's ranges, model - truth is
     * constant, or model / truth is constant (relative spread below 1e-9: fits to clean data are that precise, and a
     * many-term approximation of a smooth law can reach 1e-6), as SRBench's sympy check asks.
     */
    public static boolean symbolicSolution(Problem p, Expr model, double[] params, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, 0x5D1A1L});
        Expr truth = p.truth();
        int n = 200;
        double[] diff = new double[n];
        double[] ratio = new double[n];
        double scale = 0;
        double[] row = new double[p.variables().size()];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < row.length; i++) {
                row[i] = p.low()[i] + (p.high()[i] - p.low()[i]) * rng.nextDouble();
            }
            double t = truth.evaluate(row, null);
            double m = model.evaluate(row, params);
            if (!Double.isFinite(t) || !Double.isFinite(m)) {
                return false;
            }
            diff[r] = m - t;
            ratio[r] = t == 0 ? Double.NaN : m / t;
            scale = Math.max(scale, Math.abs(t));
        }
        return spread(diff) <= 1e-9 * Math.max(scale, 1e-12) || spread(ratio) <= 1e-9 * Math.abs(mean(ratio));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double spread(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.POSITIVE_INFINITY;
            }
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi - lo;
    }
}
