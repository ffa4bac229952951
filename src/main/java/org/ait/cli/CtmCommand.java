package org.ait.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait ctm STRING}: the CTM value of one string. */
@Command(name = "ctm", mixinStandardHelpOptions = true,
        description = "Print CTM(s) = K(s) = -log2 D(s) in bits. Exit 3 when no machine of the table produces s.")
final class CtmCommand implements Callable<Integer> {

    static final String DEFAULT_TABLE = "ctm-1d-s5-k2";

    @Parameters(paramLabel = "STRING", description = "Symbols 0..k-1, e.g. 010110.")
    String string;

    @Option(names = "--table", defaultValue = DEFAULT_TABLE, description = "Table name or file, default ${DEFAULT-VALUE}.")
    String table;

    @Option(names = "--json", description = "Print JSON with the count and probability.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CtmTable t = TableCatalog.load(table);
        double k;
        try {
            k = t.complexity(string);
        } catch (IllegalArgumentException e) {
            throw new UserError("'" + string + "': " + e.getMessage() + " of table " + t.name());
        }
        if (Double.isNaN(k)) {
            throw new UserError("'" + string + "' is not produced by any machine of " + t.name() + " within "
                    + t.provenance().get(org.ait.ctm.Provenance.MAX_STEPS) + " steps: no CTM value", Main.EXIT_NO_VALUE);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("string", string);
            doc.put("table", t.name());
            doc.put("ctm", k);
            doc.put("count", t.count(string));
            doc.put("h0", t.halting());
            doc.put("probability", t.probability(string));
            System.out.println(Json.pretty(doc));
        } else {
            System.out.println(k);
        }
        return Main.EXIT_OK;
    }
}
