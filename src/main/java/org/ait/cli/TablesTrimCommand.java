package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.ait.io.WritableDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ait tables trim}: a smaller copy of a table without its longest outputs. */
@Command(name = "trim", mixinStandardHelpOptions = true,
        description = "Write a table without its outputs longer than --max-length (1D) or with a side longer than"
                + " --max-side (2D): same H0 and values, a smaller file.")
final class TablesTrimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TableArgument table;

    @Option(names = "--max-side", description = "2D: longest side kept.")
    Integer maxSide;

    @Option(names = "--max-length", description = "1D: longest output kept.")
    Integer maxLength;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Override
    public Integer call() throws IOException {
        CtmTable t = table.load();
        Integer limit = t.dimensions() == 2 ? maxSide : maxLength;
        String option = t.dimensions() == 2 ? "--max-side" : "--max-length";
        if (limit == null || (t.dimensions() == 2 ? maxLength : maxSide) != null) {
            throw new UserError("table " + t.name() + " is " + t.dimensions() + "D: trim it with " + option);
        }
        if (limit < 1) {
            throw new UserError(option + " must be at least 1, got " + limit);
        }
        int maxSide = limit;
        WritableDirectory.require(out);
        Path target = out.resolve(t.name() + TableFile.EXTENSION);
        TableFile.write(Tables.trimmed(t, maxSide), target);
        CtmTable written = TableFile.read(target);
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + target);
        o.print(written.provenance().text());
        return Main.EXIT_OK;
    }
}
