package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.Coverage;
import org.ait.ctm.CtmTable;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ait tables info}: a table's provenance, checksum and coverage. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a table's provenance, checksum and coverage per output length.")
final class TablesInfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TableArgument table;

    @Mixin
    OutputOptions.JsonOption json;

    @Override
    public Integer call() throws IOException {
        CtmTable t = table.load();
        PrintWriter o = spec.commandLine().getOut();
        boolean twoD = t.dimensions() == 2;
        String unit = twoD ? "shape" : "length";
        String items = twoD ? "arrays" : "strings";
        List<Coverage> rows = Coverage.of(t);
        if (json.json) {
            Map<String, Object> doc = new LinkedHashMap<>(t.provenance().asMap());
            List<Map<String, Object>> coverage = new ArrayList<>();
            for (Coverage r : rows) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put(unit, r.key());
                c.put(items, r.have());
                c.put("of", r.of());
                if (r.patternsOf() > 0) {
                    c.put("patterns", r.patterns());
                    c.put("patterns_of", r.patternsOf());
                }
                coverage.add(c);
            }
            doc.put("checksum_verified", true);
            doc.put("coverage", coverage);
            o.println(Json.pretty(doc));
            return Main.EXIT_OK;
        }
        o.print(t.provenance().text());
        o.println("checksum            verified (file SHA-256 and content_sha256)");
        o.println("coverage per " + unit + " (" + items + " with a value / all " + items + " of that " + unit + "):");
        String format = "  %" + (twoD ? 5 : 3) + "s  %12d / %.0f  (%s)";
        for (Coverage r : rows) {
            o.printf(format, r.key(), r.have(), r.of(), percent(r.have(), r.of()));
            if (r.patternsOf() > 0) {
                o.printf("   patterns %d / %d (%s)", r.patterns(), r.patternsOf(), percent(r.patterns(), r.patternsOf()));
            }
            o.println();
        }
        return Main.EXIT_OK;
    }

    /** A share as a percentage that reads 100% only when complete (99.997% is not rounded up). */
    static String percent(double have, double of) {
        if (have == of) {
            return "100%";
        }
        double p = 100 * have / of;
        return p >= 1 ? String.format("%.2f%%", Math.floor(p * 100) / 100) : String.format("%.3g%%", p);
    }
}
