package org.ait.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ait tables build | list | info | export | trim | verify}: only groups its subcommands. */
@Command(name = "tables", mixinStandardHelpOptions = true, description = "Build, list, inspect and export CTM tables.",
        subcommands = {TablesBuildCommand.class, TablesListCommand.class, TablesInfoCommand.class,
            TablesExportCommand.class, TablesTrimCommand.class, TablesVerifyCommand.class})
final class TablesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing subcommand: build, list, info, export or trim (try 'ait tables --help')");
    }
}
