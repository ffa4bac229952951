package org.ait.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait ctm STRING}: the CTM value of one string. */
@Command(name = "ctm", mixinStandardHelpOptions = true,
        description = "Print CTM(s) = K(s) = -log2 D(s) in bits. Exit 3 when no machine of the table produces s.")
final class CtmCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final String DEFAULT_TABLE = "ctm-1d-s5-k2";

    @Parameters(paramLabel = "STRING", description = "Symbols 0..k-1, e.g. 010110.")
    String string;

    @Option(names = "--table", description = "Table name or file; default " + DEFAULT_TABLE + ", or " + DEFAULT_2D
            + " for a 2D array (rows joined by '-', e.g. 01-10).")
    String table;

    static final String DEFAULT_2D = "ctm-2d-s5-k2";

    @Mixin
    OutputOptions.JsonOption json;

    @Override
    public Integer call() throws IOException {
        // Only outputs up to the query's size are read: a lookup in a large table stays fast.
        String[] rows = string.split("-", -1);
        int side = Math.max(rows.length, rows[0].length());
        CtmTable t = TableCatalog.load(table != null ? table : string.indexOf('-') >= 0 ? DEFAULT_2D : DEFAULT_TABLE,
                side);
        double k;
        try {
            k = t.complexity(string);
        } catch (IllegalArgumentException e) {
            throw new UserError("'" + string + "': " + e.getMessage() + " of table " + t.name());
        }
        if (Double.isNaN(k)) {
            org.ait.ctm.Provenance p = t.provenance();
            Object kept = p.get(t.dimensions() == 2 ? org.ait.ctm.Provenance.MAX_OUTPUT_SIDE
                    : org.ait.ctm.Provenance.MAX_KEPT_LENGTH);
            if (kept instanceof Number max && side > max.intValue()) {
                throw new UserError("table " + t.name() + " keeps outputs of at most " + max
                        + (t.dimensions() == 2 ? " cells a side" : " symbols") + ": no CTM value for '" + string + "'",
                        Main.EXIT_NO_VALUE);
            }
            throw new UserError("'" + string + "' is not produced by any machine of " + t.name() + " within "
                    + p.get(org.ait.ctm.Provenance.MAX_STEPS) + " steps" + (t.sampled() ? " in its sample" : "")
                    + ": no CTM value", Main.EXIT_NO_VALUE);
        }
        if (json.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("string", string);
            doc.put("table", t.name());
            doc.put("ctm", k);
            doc.put("count", t.count(string));
            doc.put("h0", t.halting());
            doc.put("probability", t.probability(string));
            spec.commandLine().getOut().println(Json.pretty(doc));
        } else {
            spec.commandLine().getOut().println(k);
        }
        return Main.EXIT_OK;
    }
}
