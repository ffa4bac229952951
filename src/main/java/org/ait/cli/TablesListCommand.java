package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.Provenance;
import org.ait.ctm.TableCatalog;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ait tables list}: the tables found, with their spaces, cutoffs and sources. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the tables found in $AIT_TABLES, ./ctm-tables and those shipped in the jar.")
final class TablesListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions.JsonOption json;

    @Override
    public Integer call() throws IOException {
        List<TableCatalog.Entry> entries = TableCatalog.list();
        PrintWriter o = spec.commandLine().getOut();
        if (json.json) {
            List<Map<String, Object>> doc = new ArrayList<>();
            for (TableCatalog.Entry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", e.source());
                if (e.provenance() == null) {
                    m.put("name", e.name());
                    m.put("problem", e.problem());
                } else {
                    m.putAll(e.provenance().asMap());
                }
                doc.add(m);
            }
            o.println(Json.pretty(doc));
            return Main.EXIT_OK;
        }
        o.printf("%-14s %-7s %6s %20s %9s %10s %6s  %s%n", "NAME", "SPACE", "CUTOFF", "H0", "PATTERNS",
                "OUTPUTS", "EXACT", "SOURCE");
        for (TableCatalog.Entry e : entries) {
            if (e.provenance() == null) {
                o.printf("%-14s %s  (%s)%n", e.name(), "DAMAGED: " + e.problem(), e.source());
                continue;
            }
            Provenance p = e.provenance();
            o.printf("%-14s %-7s %6d %20d %9d %10d %6s  %s%n", e.name(),
                    "(" + p.get(Provenance.STATES) + "," + p.get(Provenance.SYMBOLS) + ")" + (p.dim() == 2 ? "2D" : ""),
                    p.getLong(Provenance.MAX_STEPS), p.getLong(Provenance.HALTING), p.getLong(Provenance.PATTERNS),
                    p.getLong(Provenance.DISTINCT_OUTPUTS), p.get(Provenance.EXACT), e.source());
        }
        return Main.EXIT_OK;
    }
}
