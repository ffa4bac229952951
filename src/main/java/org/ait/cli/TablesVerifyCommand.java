package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.ctm.SampleCheck;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ait tables verify}: an exhaustive 1D table against plain runs of random machines. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check an exhaustive 1D table against random machines of its space, each run plainly from a"
                + " blank tape to the table's cutoff (no tree, no non-halting detectors): every output they print must"
                + " be in the table, and the halting share and the frequent patterns' shares must agree with the"
                + " table's counts within sampling error. Exit 4 when they do not.")
final class TablesVerifyCommand implements Callable<Integer> {

    /** The table disagrees with the sample. */
    static final int EXIT_MISMATCH = 4;
    static final double Z_LIMIT = 5;
    static final double P_LIMIT = 1e-6;

    @Spec
    CommandSpec spec;

    @Mixin
    TableArgument table;

    @Option(names = "--sample", description = "Machines drawn, default ${DEFAULT-VALUE}.", defaultValue = "1000000")
    long sample;

    @Option(names = "--seed", description = "Seed of the draws, default ${DEFAULT-VALUE}.", defaultValue = "1")
    long seed;

    @Option(names = "--threads", description = "Threads (the result does not depend on them), default: all cores.")
    Integer threads;

    @Mixin
    OutputOptions.JsonOption json;

    @Mixin
    OutputOptions.QuietOption quiet;

    @Override
    public Integer call() throws IOException {
        if (sample < 1) {
            throw new UserError("--sample must be at least 1, got " + sample);
        }
        int t = Threads.orAllCores(threads);
        CtmTable ctm = table.load();
        int maxSteps = SampleCheck.cutoff(ctm);
        Progress progress = new Progress(spec.commandLine().getErr(), quiet.quiet);
        long start = System.nanoTime();
        SampleCheck.Result r;
        try {
            r = SampleCheck.run(ctm, sample, seed, maxSteps, t, done -> progress.status(String.format(Locale.ROOT,
                    "verify: %,d / %,d machines, elapsed %s", done, sample,
                    Progress.duration((System.nanoTime() - start) / 1e9))));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        progress.finish();
        boolean ok = r.passed(Z_LIMIT, P_LIMIT);
        PrintWriter o = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("table", ctm.name());
            doc.put("seed", seed);
            doc.putAll(r.asMap());
            doc.put("passed", ok);
            o.println(Json.pretty(doc));
        } else {
            o.printf("%s: %,d machines drawn (seed %d), each run plainly to %d steps%n", ctm.name(), r.machines(), seed,
                    maxSteps);
            o.printf("halted %,d, expected %,.1f from H0 / |space| (z = %.2f)%n", r.halted(), r.expectedHalted(),
                    r.haltingZ());
            o.printf("patterns: chi-squared %.1f on %d bins, p = %.3g (most deviant %s, z = %.2f)%n", r.chiSquared(),
                    r.bins(), r.pValue(), r.worstPattern(), r.worstZ());
            o.printf("outputs missing from the table: %,d%s; longer than it keeps: %,d%n", r.missing(),
                    r.firstMissing() == null ? "" : " (first " + r.firstMissing() + ")", r.beyond());
            o.println(ok ? "agrees" : "DISAGREES (|z| > " + Z_LIMIT + ", p < " + P_LIMIT + " or a missing output)");
        }
        return ok ? Main.EXIT_OK : EXIT_MISMATCH;
    }
}
