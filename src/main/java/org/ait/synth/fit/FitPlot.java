package org.ait.synth.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ait.io.AtomicFiles;
import org.ait.io.Chart;

/**
 * The picture of a fit, three panels side by side: the data against the chosen model (the target against the input
 * with the model's curve when there is one input, else observed against predicted with the diagonal), the
 * residuals against the prediction, and the Pareto front (training error against size, the chosen model marked).
 */
public final class FitPlot {

    static final int PANEL_WIDTH = 520;
    static final int HEIGHT = 440;

    /** Image formats, by file name. */
    public enum Format {
        PNG, SVG
    }

    /**
     * What the picture shows.
     *
     * @param target  the target's symbol
     * @param names   the inputs' symbols
     * @param inputs  {@code inputs[i][r]}: input i at row r (all rows read)
     * @param y       the target by row
     * @param result  the search's result
     */
    public record Data(String target, List<String> names, double[][] inputs, double[] y,
            SymbolicRegression.Result result) {
    }

    private FitPlot() {
    }

    /** The format a file name asks for, or null when it ends in neither .png nor .svg. */
    public static Format format(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") ? Format.PNG : name.endsWith(".svg") ? Format.SVG : null;
    }

    /** The three panels. */
    public static List<Chart> charts(Data d) {
        SymbolicRegression.Model best = d.result().best();
        double[] predicted = FitMetrics.predict(best, d.inputs(), d.y().length);
        String model = best.sympy(d.names());
        List<Chart> charts = new ArrayList<>();
        if (d.names().size() == 1) {
            Chart c = new Chart(d.target() + " = " + shorten(model), d.names().get(0), d.target(), false);
            c.add(new Chart.Series("data", d.inputs()[0], d.y(), Chart.Style.POINTS));
            double[][] curve = curve(best, d.inputs()[0]);
            c.add(new Chart.Series("model", curve[0], curve[1], Chart.Style.LINE));
            charts.add(c);
        } else {
            Chart c = new Chart(d.target() + " = " + shorten(model), "model", d.target() + " (data)", false);
            c.add(new Chart.Series("data", predicted, d.y(), Chart.Style.POINTS));
            double lo = Math.min(min(predicted), min(d.y()));
            double hi = Math.max(max(predicted), max(d.y()));
            c.add(new Chart.Series("y = model", new double[] {lo, hi}, new double[] {lo, hi}, Chart.Style.CLOSED_FORM));
            charts.add(c);
        }
        double[] residual = new double[predicted.length];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = d.y()[i] - predicted[i];
        }
        Chart r = new Chart("Residuals (data - model)", "model", "residual", false);
        r.add(new Chart.Series("residual", predicted, residual, Chart.Style.POINTS));
        r.add(new Chart.Series("zero", new double[] {min(predicted), max(predicted)}, new double[] {0, 0},
                Chart.Style.CLOSED_FORM));
        charts.add(r.noLegend());
        List<SymbolicRegression.Model> front = d.result().front();
        double[] size = front.stream().mapToDouble(m -> m.structure().size()).toArray();
        // Log axis: an exact fit's error of 0 is drawn a decade below the smallest positive error.
        double floor = front.stream().mapToDouble(SymbolicRegression.Model::mse).filter(v -> v > 0).min()
                .orElse(1e-12) / 10;
        double[] mse = front.stream().mapToDouble(m -> Math.max(m.mse(), floor)).toArray();
        Chart f = new Chart("Pareto front", "size (nodes)", "training MSE", true).logSmallest(floor / 2);
        f.add(new Chart.Series("front", size, mse, Chart.Style.LINE_AND_POINTS));
        f.add(new Chart.Series("chosen", new double[] {best.structure().size()},
                new double[] {Math.max(best.mse(), floor)}, Chart.Style.POINTS));
        charts.add(f);
        return charts;
    }

    /**
     * Writes the picture atomically, as PNG or SVG by the file's name.
     *
     * @throws IllegalArgumentException when the name ends in neither .png nor .svg
     */
    public static void write(Path file, Data d) throws IOException {
        Format format = format(file);
        if (format == null) {
            throw new IllegalArgumentException(file + ": a plot is .png or .svg");
        }
        List<Chart> charts = charts(d);
        byte[] bytes = format == Format.PNG ? Chart.png(charts, PANEL_WIDTH, HEIGHT)
                : Chart.svg(charts, PANEL_WIDTH, HEIGHT).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
    }

    /** The model at 200 points across the input's range. */
    private static double[][] curve(SymbolicRegression.Model m, double[] x) {
        double lo = min(x);
        double hi = max(x);
        int n = 200;
        double[] gx = new double[n];
        for (int i = 0; i < n; i++) {
            gx[i] = lo + (hi - lo) * i / (n - 1);
        }
        double[] gy = FitMetrics.predict(m, new double[][] {gx}, n);
        return new double[][] {gx, gy};
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static double min(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).max().orElse(1);
    }
}
