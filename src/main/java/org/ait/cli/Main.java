package org.ait.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import org.ait.ctm.Tables;
import org.ait.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code ait} command line. Commands only parse, validate and wire; the work lives in the libraries. */
@Command(name = "ait", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Algorithmic information: CTM tables from exhaustive Turing-machine enumeration, and scores built on them.",
        subcommands = {TablesCommand.class, CtmCommand.class, BdmCommand.class, PerturbCommand.class, FitCommand.class, BenchFitCommand.class,
            SynthCommand.class, BenchSynthCommand.class, CollapseCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_USAGE = 2;
    /** The string has no value in the table (not produced by any machine within the cutoff). */
    public static final int EXIT_NO_VALUE = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'ait --help')");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // Every command prints through these writers (tests capture them), in UTF-8 whatever the platform's
        // default: column names and tables may hold any character.
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("ait: " + ex.getMessage());
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            PrintWriter err = command.getErr();
            boolean debug = false;
            for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
                debug |= pr.hasMatchedOption("--debug");
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            int code;
            String message;
            if (ex instanceof UserError u) {
                code = u.exitCode();
                message = u.getMessage();
            } else if (ex instanceof InputException) {
                code = EXIT_USAGE;
                message = ex.getMessage();
            } else if (ex instanceof FileSystemException f) {
                // A missing or unreadable file the user named.
                code = EXIT_USAGE;
                message = describe(f);
            } else if (ex instanceof java.io.UncheckedIOException u && u.getCause() instanceof FileSystemException f) {
                code = EXIT_USAGE;
                message = describe(f);
            } else {
                // Anything else is a bug of ours (or of the machine), never a mistake of the user's.
                code = EXIT_INTERNAL;
                message = "internal error: " + ex + (debug ? "" : " (rerun with --debug for the stack trace)");
            }
            err.println("ait: " + message);
            err.flush();
            return code;
        });
        return cl;
    }

    /** One line for a file system error, naming the file. */
    static String describe(FileSystemException f) {
        String reason = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()
                .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return f.getFile() + ": " + reason;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Tables.codeVersion() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
