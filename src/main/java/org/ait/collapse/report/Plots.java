package org.ait.collapse.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.ait.collapse.ClosedForms;
import org.ait.io.Chart;
import org.ait.collapse.Schedule;

/**
 * The study's plots, each a PNG and an SVG in the output directory: per generator, entropy and collision vs
 * generation (closed-form curves dashed), mechanism recovery vs generation, BDM per symbol vs generation, log-variance
 * drift vs generation (reals); over all generators, a phase diagram over alpha (distance to the truth at the last
 * generation, and the categorical collision floor against S_inf).
 */
public final class Plots {

    static final int WIDTH = 980;
    static final int HEIGHT = 470;

    /** A written plot. */
    public record Plot(String section, String title, String file, String caption, byte[] png) {
    }

    private Plots() {
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static double[] generations(int t) {
        double[] x = new double[t + 1];
        for (int i = 0; i <= t; i++) {
            x[i] = i;
        }
        return x;
    }

    /** The configurations of a generator at alpha = 0, or all of them when none runs at 0. */
    static List<Aggregate.Group> atZero(List<Aggregate.Group> groups) {
        List<Aggregate.Group> zero = groups.stream().filter(g -> isZero(g.alpha())).toList();
        return zero.isEmpty() ? groups : zero;
    }

    static boolean isZero(String alpha) {
        try {
            Schedule s = Schedule.parse(alpha);
            return s.constant() && s.value() == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static List<Plot> write(Aggregate a, Path dir) throws IOException {
        List<Plot> out = new ArrayList<>();
        for (String gen : a.generators()) {
            List<Aggregate.Group> groups = a.of(gen);
            String slug = slug(gen);
            List<Aggregate.Group> zero = atZero(groups);
            boolean categorical = gen.startsWith("categorical:");

            Chart entropy = new Chart("Entropy vs generation: " + gen + (isZero(zero.get(0).alpha()) ? ", alpha = 0" : ""),
                    "generation", "entropy of the model on the view (bits)", false);
            for (Aggregate.Group g : zero) {
                entropy.add(new Chart.Series(g.label(), generations(g.generations()), g.mean("entropy"), false, false));
            }
            out.add(plot(gen, entropy, dir, "entropy-" + slug, "Mean over seeds of the model's entropy on the view."));

            Chart support = new Chart("Support vs generation: " + gen + (isZero(zero.get(0).alpha()) ? ", alpha = 0" : ""),
                    "generation", "support (symbols, or distinct items / rows / bins of a sample)", false);
            for (Aggregate.Group g : zero) {
                support.add(new Chart.Series(g.label(), generations(g.generations()), g.mean("support"), false, false));
            }
            out.add(plot(gen, support, dir, "support-" + slug, "Mean over seeds of the support: symbols of positive"
                    + " probability, else what the view counts in an evaluation sample (max(n, 1000) items; ECA"
                    + " diagrams: max(n, 500))."));

            List<Aggregate.Group> own = zero.stream().filter(g -> !Double.isNaN(g.mean("model_entropy")[0])).toList();
            if (!own.isEmpty() && !categorical) {
                Chart m = new Chart("Model's own entropy vs generation: " + gen, "generation",
                        "bits (Shannon; differential; entropy rate per symbol)", false);
                for (Aggregate.Group g : own) {
                    m.add(new Chart.Series(g.label(), generations(g.generations()), g.mean("model_entropy"), false,
                            false));
                }
                out.add(plot(gen, m, dir, "model-entropy-" + slug, "The learners' own entropy where they have one in"
                        + " closed form: the entropy rate per symbol of an n-gram model, the differential entropy of a"
                        + " Gaussian."));
            }

            Chart collision = new Chart("Collision probability vs generation: " + gen, "generation",
                    "collision probability (sum of p^2)", false);
            List<Aggregate.Group> shown = categorical
                    ? groups.stream().filter(g -> g.learner().equals("categorical-mle") && g.mode().equals("replace"))
                            .toList()
                    : zero;
            if (shown.isEmpty()) {
                shown = zero;
            }
            for (Aggregate.Group g : shown) {
                collision.add(new Chart.Series(g.label(), generations(g.generations()), g.mean("collision"), false,
                        false));
            }
            if (categorical) {
                int k = Integer.parseInt(gen.substring("categorical:".length()));
                for (Aggregate.Group g : shown) {
                    Schedule s = Schedule.parse(g.alpha());
                    int n = g.rows().get(0).nTrain();
                    double[] x = generations(g.generations());
                    double[] y = new double[x.length];
                    if (s.constant() && s.value() == 0) {
                        for (int t = 0; t < x.length; t++) {
                            y[t] = ClosedForms.collision(ClosedForms.firstCollision(1.0 / k, n), n, t);
                        }
                        collision.add(new Chart.Series("closed form E[S_t], alpha = 0", x, y, true, false));
                    } else if (s.constant()) {
                        java.util.Arrays.fill(y, ClosedForms.floor(1.0 / k, n, s.value()));
                        collision.add(new Chart.Series("closed form S_inf, alpha = " + g.alpha(), x, y, true, false));
                    }
                }
            }
            out.add(plot(gen, collision, dir, "collision-" + slug, categorical
                    ? "Categorical MLE under every schedule; dashed: collapse.md's E[S_t] at alpha = 0 and the floor"
                            + " S_inf for each constant alpha." : "Mean over seeds; alpha = 0."));

            List<Aggregate.Group> symbolic = groups.stream()
                    .filter(g -> g.rows().stream().anyMatch(r -> r.mechanismRecovered() != null)).toList();
            if (!symbolic.isEmpty()) {
                Chart rec = new Chart("Mechanism recovered vs generation: " + gen, "generation",
                        "fraction of seeds with the true mechanism", false).yRange(-0.02, 1.02);
                for (Aggregate.Group g : symbolic) {
                    rec.add(new Chart.Series(g.label(), generations(g.generations()), g.mean("mechanism_recovered"),
                            false, false));
                }
                out.add(plot(gen, rec, dir, "mechanism-" + slug, "Fraction of seeds whose model holds the true"
                        + " mechanism (exact rule, machine behaviour, recurrence or law)."));
            }

            List<Aggregate.Group> bdm = zero.stream().filter(g -> !Double.isNaN(g.mean("bdm_per_symbol")[0])).toList();
            if (!bdm.isEmpty()) {
                Chart b = new Chart("BDM per symbol vs generation: " + gen + ", alpha = 0", "generation",
                        "BDM of the training data (bits per symbol)", false);
                for (Aggregate.Group g : bdm) {
                    b.add(new Chart.Series(g.label(), generations(g.generations()), g.mean("bdm_per_symbol"), false,
                            false));
                }
                for (Aggregate.Group g : bdm) {
                    b.add(new Chart.Series("deflate ratio x 8, " + g.label(), generations(g.generations()),
                            scale(g.mean("deflate_ratio"), 8), true, false));
                }
                out.add(plot(gen, b, dir, "bdm-" + slug, "Solid: BDM per symbol (D(5), blocks of 12). Dashed: a"
                        + " general-purpose compressor (DEFLATE) as bits per text character, the baseline."));
            }

            List<Aggregate.Group> reals = zero.stream().filter(g -> !Double.isNaN(g.mean("log_variance_drift")[0]))
                    .toList();
            if (!reals.isEmpty()) {
                Chart v = new Chart("Log-variance drift vs generation: " + gen + ", alpha = 0", "generation",
                        "ln(model variance / true variance)", false);
                for (Aggregate.Group g : reals) {
                    v.add(new Chart.Series(g.label(), generations(g.generations()), g.mean("log_variance_drift"), false,
                            false));
                }
                for (Aggregate.Group g : reals) {
                    boolean mle = g.learner().equals("gaussian-mle");
                    if ((mle || g.learner().equals("gaussian-unbiased")) && isZero(g.alpha())) {
                        int n = g.rows().get(0).nTrain();
                        double d = ClosedForms.logVarianceDrift(n, !mle);
                        double start = g.mean("log_variance_drift")[0];
                        double[] x = generations(g.generations());
                        double[] y = new double[x.length];
                        for (int t = 0; t < x.length; t++) {
                            y[t] = start + d * t;
                        }
                        v.add(new Chart.Series("closed form, " + g.learner(), x, y, true, false));
                    }
                }
                out.add(plot(gen, v, dir, "logvar-" + slug, "Mean over seeds of ln(sigma_t^2 / sigma*^2); dashed:"
                        + " psi((n-1)/2) + ln(2/n) per generation (MLE) and ln(2/(n-1)) (unbiased)."));
            }
        }
        Chart phase = new Chart("Phase diagram over alpha: distance to the truth at the last generation", "alpha",
                "total variation to the truth", false);
        TreeMap<String, List<double[]>> lines = new TreeMap<>();
        for (Aggregate.Group g : a.groups()) {
            Schedule s;
            try {
                s = Schedule.parse(g.alpha());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!s.constant()) {
                continue;
            }
            lines.computeIfAbsent(g.generator() + " " + g.learner() + (g.mode().equals("replace") ? "" : " " + g.mode()),
                    k -> new ArrayList<>()).add(new double[] {s.value(), g.mean("tv_to_truth")[g.generations()]});
        }
        for (var e : lines.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            e.getValue().sort((p, q) -> Double.compare(p[0], q[0]));
            phase.add(new Chart.Series(e.getKey(), e.getValue().stream().mapToDouble(p -> p[0]).toArray(),
                    e.getValue().stream().mapToDouble(p -> p[1]).toArray(), false, true));
        }
        if (!phase.isEmpty()) {
            out.add(plot("Phase diagram", phase, dir, "phase", "Each line: one generator and learner; each point: a"
                    + " constant alpha, the mean over seeds of the total variation to the truth at the last generation."
                    + " Collapse at alpha = 0, a floor set by n alpha above it."));
        }
        return out;
    }

    static double[] scale(double[] v, double f) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = v[i] * f;
        }
        return o;
    }

    static Plot plot(String section, Chart c, Path dir, String base, String caption) throws IOException {
        byte[] png = c.write(dir, base, WIDTH, HEIGHT);
        return new Plot(section, base, base, caption, png);
    }
}
