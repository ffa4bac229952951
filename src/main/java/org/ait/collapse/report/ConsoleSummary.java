package org.ait.collapse.report;

import java.util.List;
import java.util.Locale;
import org.ait.collapse.metrics.Row;

/**
 * A finished study in a terminal's width: one line a configuration (entropy at the start and the end, support,
 * distance to the truth, mechanism recovered, all means over seeds), then each closed-form check.
 */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    public static String text(List<Row> rows, List<Summary.Check> checks) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-34s %-22s %-8s %-9s %9s %9s %8s %8s %7s%n",
                "generator", "learner", "mode", "alpha", "entropy0", "entropyT", "supportT", "tvT", "mechT"));
        for (Aggregate.Group g : new Aggregate(rows).groups()) {
            int t = g.generations();
            double mechanism = g.mean("mechanism_recovered")[t];
            s.append(String.format(Locale.ROOT, "%-34s %-22s %-8s %-9s %9.4f %9.4f %8.2f %8.4f %7s%n",
                    cut(g.generator(), 34), g.learner(), g.mode().equals("accumulate-subsample") ? "acc-sub" : g.mode(),
                    g.alpha(), g.mean("entropy")[0], g.mean("entropy")[t], g.mean("support")[t],
                    g.mean("tv_to_truth")[t], Double.isNaN(mechanism) ? "" : String.format(Locale.ROOT, "%.2f",
                            mechanism)));
        }
        for (Summary.Check c : checks) {
            s.append(String.format(Locale.ROOT, "closed form %s [%s]: expected %.5g, measured %.5g +- %.2g (z %.2f)%n",
                    c.name(), c.configuration(), c.expected(), c.measured(), c.se(), c.z()));
        }
        return s.toString();
    }

    /** A generator's spec cut to n characters, the cut marked with '~'. */
    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
