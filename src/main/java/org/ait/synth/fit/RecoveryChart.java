package org.ait.synth.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ait.io.AtomicFiles;
import org.ait.io.Chart;

/**
 * The recovery chart of a benchmark run, two panels: each problem's test R^2 (below 0 drawn at 0) by outcome, and
 * the share of problems recovered exactly within t seconds, against t.
 */
public final class RecoveryChart {

    /** One problem's outcome. */
    public record Outcome(String id, boolean symbolic, boolean accurate, double testR2, double seconds) {
    }

    private RecoveryChart() {
    }

    public static List<Chart> charts(String suite, List<Outcome> outcomes) {
        Chart r2 = new Chart(suite + ": test R^2 by problem", "problem (suite order)", "test R^2", false)
                .yRange(-0.02, 1.02).integerX();
        List<double[]> exact = new ArrayList<>();
        List<double[]> accurate = new ArrayList<>();
        List<double[]> neither = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            double v = Double.isFinite(o.testR2()) ? Math.max(0, Math.min(1, o.testR2())) : 0;
            (o.symbolic() ? exact : o.accurate() ? accurate : neither).add(new double[] {i + 1, v});
        }
        r2.add(series("symbolic solution", exact));
        r2.add(series("accuracy solution only", accurate));
        r2.add(series("neither", neither));
        double[] solved = outcomes.stream().filter(Outcome::symbolic).mapToDouble(Outcome::seconds).sorted().toArray();
        // The share recovered within t is a step function of t: it rises by 1/n at each problem's time, from 0 at 0.
        double[] times = new double[2 * solved.length + 1];
        double[] share = new double[times.length];
        for (int i = 0; i < solved.length; i++) {
            times[2 * i + 1] = solved[i];
            share[2 * i + 1] = (double) i / outcomes.size();
            times[2 * i + 2] = solved[i];
            share[2 * i + 2] = (i + 1.0) / outcomes.size();
        }
        Chart recovered = new Chart(suite + ": recovered within t", "seconds", "share of problems recovered", false)
                .yRange(0, 1);
        recovered.add(new Chart.Series("symbolic solutions", times, share, Chart.Style.LINE));
        return List.of(r2, recovered);
    }

    /** Writes {@code dir/recovery.png} and {@code dir/recovery.svg} atomically. */
    public static void write(Path dir, String suite, List<Outcome> outcomes) throws IOException {
        List<Chart> charts = charts(suite, outcomes);
        AtomicFiles.write(dir.resolve("recovery.png"), Chart.png(charts, 620, 440));
        AtomicFiles.write(dir.resolve("recovery.svg"), Chart.svg(charts, 620, 440).getBytes(StandardCharsets.UTF_8));
    }

    private static Chart.Series series(String name, List<double[]> points) {
        return new Chart.Series(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray(), Chart.Style.POINTS);
    }
}
