package org.ait.cli;

import java.io.IOException;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import picocli.CommandLine.Parameters;

/** A table named by the command's positional argument (a picocli mixin). */
final class TableArgument {

    @Parameters(paramLabel = "NAME|FILE", description = "Table name (e.g. ctm-1d-s5-k2) or path to a .ctm file.")
    String nameOrPath;

    CtmTable load() throws IOException {
        return TableCatalog.load(nameOrPath);
    }
}
