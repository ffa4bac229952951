package org.ait.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ait tables export}: a table as TSV or JSON rows. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print a table as TSV: output, count = C(pattern) (c0(s) + c0(complement s) for binary), k = CTM in bits.")
final class TablesExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TableArgument table;

    @Option(names = "--max-length", description = "Only outputs up to this length (2D: this side).")
    Integer maxLength;

    @Option(names = "--patterns", description = "One row per pattern (symbols relabelled in order of first"
            + " appearance) instead of per string, with the number of strings it stands for: compact for"
            + " k-symbol tables, whose strings run into the billions.")
    boolean patterns;

    @Mixin
    OutputOptions.JsonOption json;

    /** Beyond this many rows, per-string export asks for --max-length or --patterns instead of running out of memory. */
    static final long MAX_STRING_ROWS = 20_000_000;

    @Override
    public Integer call() throws IOException {
        if (maxLength != null && maxLength < 1) {
            throw new UserError("--max-length must be at least 1, got " + maxLength);
        }
        CtmTable t = table.load();
        int max = maxLength == null ? Integer.MAX_VALUE : maxLength;
        if (patterns) {
            return exportPatterns(t, max);
        }
        long strings = t.strings(max);
        if (strings > MAX_STRING_ROWS) {
            throw new UserError(t.name() + " has " + strings + " strings" + (maxLength == null ? "" : " up to length "
                    + maxLength) + ": export fewer with --max-length, or one row per pattern with --patterns");
        }
        List<Line> lines = new ArrayList<>();
        for (CtmTable.Row r : t.rows(max)) {
            lines.add(new Line(r.output(), -1, r.count(), r.complexity()));
        }
        return write(t, lines, "output");
    }

    private Integer exportPatterns(CtmTable t, int max) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (CtmTable.PatternRow r : t.patternRows(max)) {
            lines.add(new Line(r.pattern(), r.strings(), r.count(), r.complexity()));
        }
        return write(t, lines, "pattern");
    }

    /** One exported row: a string or a pattern (with the number of strings it stands for, else -1). */
    private record Line(String key, long strings, long count, double k) {
    }

    /** TSV (or JSON) rows: key, [strings,] count, k, and for sampled tables the 95% interval k_low, k_high. */
    private Integer write(CtmTable t, List<Line> lines, String keyName) throws IOException {
        boolean sampled = t.sampled();
        if (json.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("table", t.name());
            doc.put("h0", t.halting());
            List<Map<String, Object>> out = new ArrayList<>(lines.size());
            for (Line l : lines) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(keyName, l.key());
                if (l.strings() >= 0) {
                    m.put("strings", l.strings());
                }
                m.put("count", l.count());
                m.put("k", l.k());
                if (sampled) {
                    double[] ci = t.interval(l.key());
                    m.put("k_low", ci[0]);
                    m.put("k_high", ci[1]);
                }
                out.add(m);
            }
            doc.put("rows", out);
            spec.commandLine().getOut().println(Json.pretty(doc));
            return Main.EXIT_OK;
        }
        BufferedWriter w = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        boolean patterns = keyName.equals("pattern");
        w.write(keyName + (patterns ? "\tstrings" : "") + "\tcount\tk" + (sampled ? "\tk_low\tk_high" : "") + "\n");
        for (Line l : lines) {
            w.write(l.key());
            if (patterns) {
                w.write('\t');
                w.write(Long.toString(l.strings()));
            }
            w.write('\t');
            w.write(Long.toString(l.count()));
            w.write('\t');
            w.write(Double.toString(l.k()));
            if (sampled) {
                double[] ci = t.interval(l.key());
                w.write('\t');
                w.write(Double.toString(ci[0]));
                w.write('\t');
                w.write(Double.toString(ci[1]));
            }
            w.write('\n');
        }
        w.flush();
        return Main.EXIT_OK;
    }
}
