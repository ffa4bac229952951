package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.ait.io.Json;
import org.ait.io.WritableDirectory;
import org.ait.tm.BuildSpec;
import org.ait.tm.EnumerationResult;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ait tables build}: a CTM table from the enumeration (or a sample) of a machine space. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a CTM table by exhaustive weighted-tree enumeration of every machine of a space.")
final class TablesBuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", description = "Worker threads (default: all cores). The table does not depend on it.")
    Integer threads;

    @Option(names = "--out", defaultValue = TableCatalog.DIRECTORY, description = "Output directory, default ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--checkpoint", description = "Checkpoint file (default: OUT/.NAME.ckpt), deleted after success.")
    Path checkpoint;

    @Option(names = "--resume", description = "Continue the build recorded in the checkpoint.")
    boolean resume;

    @Option(names = "--checkpoint-every", defaultValue = "30", description = "Seconds between checkpoints, default ${DEFAULT-VALUE}.")
    int checkpointEvery;

    @Mixin
    BuildSpecOptions buildOptions;

    @Mixin
    OutputOptions.QuietOption quiet;

    @Mixin
    OutputOptions.JsonOption json;

    @Override
    public Integer call() throws IOException {
        BuildSpec build = buildOptions.spec();
        MachineSpace space = build.space();
        int workers = Threads.orAllCores(threads);
        if (checkpointEvery < 0) {
            throw new UserError("--checkpoint-every must be >= 0, got " + checkpointEvery);
        }
        Path target = out.resolve(space.tableName() + TableFile.EXTENSION);
        WritableDirectory.require(out);
        Path ckpt = checkpoint != null ? checkpoint : out.resolve("." + space.tableName() + ".ckpt");
        if (resume && !Files.exists(ckpt) && !quiet.quiet) {
            spec.commandLine().getErr().println("ait: no checkpoint at " + ckpt + "; starting from the beginning");
        }

        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, quiet.quiet);
        TreeEnumerator enumerator = new TreeEnumerator(build).threads(workers).checkpoint(ckpt, resume)
                .checkpointInterval(checkpointEvery * 1000L).listener(progress);
        // On Ctrl-C or a kill, say how to continue: the last checkpoint survives the process.
        Thread hint = new Thread(() -> {
            err.println(System.lineSeparator() + "ait: build interrupted; "
                + "run the same command with --resume to continue from " + ckpt);
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(hint);
        EnumerationResult result;
        try {
            result = enumerator.run();
        } finally {
            progress.finish();
            try {
                Runtime.getRuntime().removeShutdownHook(hint);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting: the hint prints.
            }
        }
        CtmTable table = Tables.fromEnumeration(result);
        TableFile.write(table, target);
        Files.deleteIfExists(ckpt);
        CtmTable written = TableFile.read(target);
        PrintWriter o = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", target.toString());
            doc.putAll(written.provenance().asMap());
            o.println(Json.pretty(doc));
        } else {
            o.println("wrote " + target);
            o.print(written.provenance().text());
        }
        return Main.EXIT_OK;
    }
}
