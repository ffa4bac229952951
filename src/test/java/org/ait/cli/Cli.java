package org.ait.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Runs the command line with picocli's own writers captured: no global stream is swapped. */
final class Cli {

    record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    /** The real command line with one more subcommand, for tests of how failures are reported. */
    static Run runWith(String name, Callable<Integer> command, String... args) {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand(name, new CommandLine(command));
        return run(cl, args);
    }

    private static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
