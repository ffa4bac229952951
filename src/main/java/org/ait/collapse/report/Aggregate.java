package org.ait.collapse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ait.collapse.metrics.Row;

/**
 * Rows grouped by configuration (generator, learner, mode, alpha), in the order they first appear, with per-generation
 * means over seeds (of finite values; an infinite cross-entropy counts as missing there).
 */
public final class Aggregate {

    /** One configuration's rows. */
    public static final class Group {
        final String generator;
        final String learner;
        final String mode;
        final String alpha;
        final List<Row> rows = new ArrayList<>();
        int generations;

        Group(Row r) {
            this.generator = r.generator();
            this.learner = r.learner();
            this.mode = r.mode();
            this.alpha = r.alpha();
        }

        public String generator() {
            return generator;
        }

        public String learner() {
            return learner;
        }

        public String mode() {
            return mode;
        }

        public String alpha() {
            return alpha;
        }

        public List<Row> rows() {
            return rows;
        }

        /** Last generation. */
        public int generations() {
            return generations;
        }

        public long seeds() {
            return rows.stream().mapToLong(Row::seed).distinct().count();
        }

        /** Mean over seeds of a column at every generation 0..T (NaN where no finite value). */
        public double[] mean(String column) {
            double[] s = new double[generations + 1];
            int[] c = new int[generations + 1];
            for (Row r : rows) {
                double v = r.value(column);
                if (Double.isFinite(v)) {
                    s[r.generation()] += v;
                    c[r.generation()]++;
                }
            }
            for (int t = 0; t <= generations; t++) {
                s[t] = c[t] == 0 ? Double.NaN : s[t] / c[t];
            }
            return s;
        }

        /** The values of a column at generation t, one per seed. */
        public double[] at(String column, int t) {
            return rows.stream().filter(r -> r.generation() == t).mapToDouble(r -> r.value(column)).toArray();
        }

        /** A short label: learner, mode (when not replace), alpha. */
        public String label() {
            return learner + (mode.equals("replace") ? "" : " " + mode) + ", a=" + alpha;
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();

    public Aggregate(List<Row> rows) {
        for (Row r : rows) {
            Group g = groups.computeIfAbsent(r.configuration(), k -> new Group(r));
            g.rows.add(r);
            g.generations = Math.max(g.generations, r.generation());
        }
    }

    public List<Group> groups() {
        return new ArrayList<>(groups.values());
    }

    /** The generators, in order of appearance. */
    public List<String> generators() {
        return groups.values().stream().map(g -> g.generator).distinct().toList();
    }

    /** The groups of one generator. */
    public List<Group> of(String generator) {
        return groups.values().stream().filter(g -> g.generator.equals(generator)).toList();
    }
}
