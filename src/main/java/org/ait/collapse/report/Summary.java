package org.ait.collapse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ait.collapse.ClosedForms;
import org.ait.collapse.Schedule;

/**
 * summary.json: per configuration the first and last generation's means over seeds (entropy, collision, support, TV
 * to the truth, mechanism recovery, ...), and every closed form of collapse.md that applies to a configuration of the
 * study, expected against measured (mean +- standard error over seeds).
 */
public final class Summary {

    /** The columns summarised per configuration. */
    static final List<String> COLUMNS = List.of("entropy", "model_entropy", "collision", "support", "sample_entropy",
            "sample_entropy_mm", "tv_to_truth", "js_to_truth", "kl_to_truth", "mean_drift", "log_variance_drift",
            "tail_mass", "cross_entropy", "bdm_per_symbol", "deflate_ratio", "mechanism_recovered",
            "behaviour_agreement");

    /** A closed form against the study's measurement. */
    public record Check(String name, String configuration, double expected, double measured, double se, int seeds) {
        public double z() {
            return se > 0 ? (measured - expected) / se : (measured == expected ? 0 : Double.POSITIVE_INFINITY);
        }

        public boolean within3se() {
            return Math.abs(z()) <= 3;
        }
    }

    private Summary() {
    }

    /** The summary document (a map for {@link org.ait.io.Json}). */
    public static Map<String, Object> document(Aggregate a, Map<String, Object> provenance) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("provenance", provenance);
        List<Object> configs = new ArrayList<>();
        for (Aggregate.Group g : a.groups()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("generator", g.generator());
            c.put("learner", g.learner());
            c.put("mode", g.mode());
            c.put("alpha", g.alpha());
            c.put("seeds", g.seeds());
            c.put("generations", g.generations());
            c.put("initial", means(g, 0));
            c.put("final", means(g, g.generations()));
            double[] support = g.at("support", g.generations());
            long collapsed = 0;
            for (double s : support) {
                collapsed += s <= 1 ? 1 : 0;
            }
            c.put("fraction_collapsed_to_one_item", support.length == 0 ? null : collapsed / (double) support.length);
            List<String> models = g.rows().stream().filter(r -> r.generation() == g.generations() && !r.model().isEmpty())
                    .map(r -> r.seed() + ": " + r.model()).limit(5).toList();
            if (!models.isEmpty()) {
                c.put("final_models_first_seeds", models);
            }
            configs.add(c);
        }
        doc.put("configurations", configs);
        List<Object> checks = new ArrayList<>();
        for (Check k : checks(a)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("closed_form", k.name());
            m.put("configuration", k.configuration());
            m.put("expected", k.expected());
            m.put("measured", k.measured());
            m.put("standard_error", k.se());
            m.put("seeds", k.seeds());
            m.put("z", k.z());
            m.put("within_3_se", k.within3se());
            checks.add(m);
        }
        doc.put("closed_forms", checks);
        return doc;
    }

    static Map<String, Object> means(Aggregate.Group g, int t) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String col : COLUMNS) {
            double v = g.mean(col)[t];
            if (!Double.isNaN(v)) {
                m.put(col, v);
            }
        }
        return m;
    }

    /** The closed forms that apply to configurations of the study. */
    public static List<Check> checks(Aggregate a) {
        List<Check> out = new ArrayList<>();
        for (Aggregate.Group g : a.groups()) {
            if (g.rows().isEmpty() || !g.mode().equals("replace")) {
                continue;
            }
            int n = g.rows().get(0).nTrain();
            int t = g.generations();
            String conf = g.generator() + " | " + g.label();
            Schedule s;
            try {
                s = Schedule.parse(g.alpha());
            } catch (IllegalArgumentException e) {
                continue;
            }
            boolean uniform = g.generator().startsWith("categorical:");
            if (uniform && g.learner().equals("categorical-mle") && s.constant() && s.value() == 0) {
                int k = Integer.parseInt(g.generator().substring("categorical:".length()));
                double s0 = ClosedForms.firstCollision(1.0 / k, n);
                for (int at : new int[] {10, 50, 100, 300}) {
                    if (at <= t) {
                        out.add(estimate("E[S_" + at + "] = 1 - (1 - 1/n)^t (1 - S_0)", conf,
                                ClosedForms.collision(s0, n, at), g.at("collision", at)));
                    }
                }
            }
            if (uniform && g.learner().equals("categorical-mle") && s.constant() && s.value() > 0 && t >= 60) {
                int k = Integer.parseInt(g.generator().substring("categorical:".length()));
                double[] perSeed = perSeedMean(g, "collision", t / 2, t);
                out.add(estimate("S_inf (constant alpha floor), mean of generations " + t / 2 + "-" + t, conf,
                        ClosedForms.floor(1.0 / k, n, s.value()), perSeed));
            }
            if ((g.learner().equals("gaussian-mle") || g.learner().equals("gaussian-unbiased")) && s.constant()
                    && s.value() == 0 && t >= 1) {
                double[] d = perSeedDifference(g, "log_variance", 0, t, 1.0 / t);
                out.add(estimate("E[ln var_{t+1} - ln var_t] = psi((n-1)/2) + ln(2/" + (g.learner().equals(
                        "gaussian-mle") ? "n" : "(n-1)") + ")", conf,
                        ClosedForms.logVarianceDrift(n, g.learner().equals("gaussian-unbiased")), d));
            }
            if (g.learner().equals("kde-silverman") && s.constant() && s.value() == 0 && t >= 1) {
                double[] d = perSeedDifference(g, "log_variance", 0, 1, 1);
                for (int i = 0; i < d.length; i++) {
                    d[i] = Math.exp(d[i]);
                }
                out.add(estimate("KDE (Silverman) variance factor (n-1)/n + 1.1236 n^-0.4", conf,
                        ClosedForms.kdeInflation(n), d));
            }
        }
        return out;
    }

    static double[] perSeedMean(Aggregate.Group g, String column, int from, int to) {
        Map<Long, double[]> acc = new LinkedHashMap<>();
        g.rows().forEach(r -> {
            if (r.generation() >= from && r.generation() <= to) {
                double[] v = acc.computeIfAbsent(r.seed(), k -> new double[2]);
                v[0] += r.value(column);
                v[1]++;
            }
        });
        return acc.values().stream().mapToDouble(v -> v[0] / v[1]).toArray();
    }

    static double[] perSeedDifference(Aggregate.Group g, String column, int from, int to, double scale) {
        Map<Long, double[]> acc = new LinkedHashMap<>();
        g.rows().forEach(r -> {
            if (r.generation() == from) {
                acc.computeIfAbsent(r.seed(), k -> new double[2])[0] = r.value(column);
            } else if (r.generation() == to) {
                acc.computeIfAbsent(r.seed(), k -> new double[2])[1] = r.value(column);
            }
        });
        return acc.values().stream().mapToDouble(v -> (v[1] - v[0]) * scale).toArray();
    }

    static Check estimate(String name, String conf, double expected, double[] values) {
        double m = 0;
        for (double v : values) {
            m += v;
        }
        m /= values.length;
        double s = 0;
        for (double v : values) {
            s += (v - m) * (v - m);
        }
        double se = values.length > 1 ? Math.sqrt(s / (values.length - 1) / values.length) : Double.NaN;
        return new Check(name, conf, expected, m, se, values.length);
    }
}
