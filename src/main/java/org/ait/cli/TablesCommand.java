package org.ait.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Provenance;
import org.ait.ctm.TableCatalog;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.ait.io.Json;
import org.ait.tm.BuildMethod;
import org.ait.tm.BuildSpec;
import org.ait.tm.EnumerationResult;
import org.ait.tm.MachineSpace;
import org.ait.tm.SplitSchedule;
import org.ait.tm.TreeEnumerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait tables build | list | info | export}. */
@Command(name = "tables", mixinStandardHelpOptions = true, description = "Build, list, inspect and export CTM tables.",
        subcommands = {TablesCommand.Build.class, TablesCommand.ListTables.class, TablesCommand.Info.class,
            TablesCommand.Export.class, TablesCommand.Trim.class})
final class TablesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: build, list, info or export (try 'ait tables --help')");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build a CTM table by exhaustive weighted-tree enumeration of every machine of a space.")
    static final class Build implements Callable<Integer> {

        static final int DEFAULT_MAX_SIDE = 6;

        @Option(names = "--dim", defaultValue = "1", description = "1: Turing machines on a tape; 2: turmites on a grid"
                + " (output: the rectangle of visited cells). Default ${DEFAULT-VALUE}.")
        int dim;

        @Option(names = "--max-side", description = "2D: outputs with a longer side count as halting (in H0) but are"
                + " not kept in the table. Default 6.")
        Integer maxSide;

        @Option(names = "--states", required = true, description = "Working states n (>= 1).")
        int states;

        @Option(names = "--symbols", defaultValue = "2", description = "Alphabet size k (2..16), default ${DEFAULT-VALUE}.")
        int symbols;

        @Option(names = "--max-steps", description = "Step cutoff (the halting step counts). Default for k = 2: "
                + "the busy-beaver bound S(n) for n <= 4 (exact tables); required otherwise (the published D(5) uses 500).")
        Integer maxSteps;

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

        @Option(names = "--sample", paramLabel = "M", description = "Estimate from M machines drawn at random (1D) instead of"
                + " enumerating all; every K gets a 95% confidence interval.")
        Long sample;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of --sample, default ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--max-length", description = "With --sample: longer outputs count as halting (in H0) but are"
                + " not kept in the table.")
        Integer maxLength;

        @Option(names = "--split-at", split = ",", paramLabel = "L1,L2,...", description = "With --sample: multilevel"
                + " splitting. A run whose visited segment reaches L1 cells (then L2, ...) at a branch point continues as"
                + " --split-factor independent copies of proportionally smaller weight: long, rare outputs are seen far"
                + " more often, estimates stay unbiased, intervals stay honest.")
        int[] splitAt;

        @Option(names = "--split-factor", defaultValue = "4", description = "Copies per split, default ${DEFAULT-VALUE}.")
        int splitFactor;

        @Option(names = "--quiet", description = "No progress on stderr.")
        boolean quiet;

        @Option(names = "--json", description = "Print the table's provenance as JSON.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            if (states < 1) {
                throw new UserError("--states must be at least 1, got " + states);
            }
            if (symbols < 2 || symbols > MachineSpace.MAX_SYMBOLS) {
                throw new UserError("--symbols must be between 2 and " + MachineSpace.MAX_SYMBOLS + ", got " + symbols);
            }
            if (dim != 1 && dim != 2) {
                throw new UserError("--dim must be 1 or 2, got " + dim);
            }
            if (sample != null && dim != 1) {
                throw new UserError("--sample applies to --dim 1");
            }
            if (maxLength != null && (sample == null || maxLength < 1)) {
                throw new UserError(sample == null ? "--max-length applies to --sample builds"
                        : "--max-length must be at least 1, got " + maxLength);
            }
            if (sample != null && sample < 1) {
                throw new UserError("--sample must be at least 1, got " + sample);
            }
            if (splitAt != null && sample == null) {
                throw new UserError("--split-at applies to --sample builds");
            }
            if (maxSide != null && dim != 2) {
                throw new UserError("--max-side applies to --dim 2");
            }
            if (maxSide != null && maxSide < 1) {
                throw new UserError("--max-side must be at least 1, got " + maxSide);
            }
            MachineSpace space = new MachineSpace(dim, states, symbols);
            if (!space.fitsInLong() && sample == null) {
                throw new UserError("the space " + space + " has " + space.size()
                        + " machines: too many for exact 64-bit counts (an exhaustive build is out of reach anyway;"
                        + " --sample M estimates the table from M random machines)");
            }
            int steps;
            if (maxSteps != null) {
                steps = maxSteps;
            } else if (dim == 1 && symbols == 2 && MachineSpace.busyBeaverSteps(states) > 0) {
                steps = MachineSpace.busyBeaverSteps(states);
            } else {
                throw new UserError("--max-steps is required for " + space + ": no busy-beaver bound is known");
            }
            int limit = dim == 1 ? TreeEnumerator.MAX_STEPS_LIMIT : TreeEnumerator.MAX_STEPS_LIMIT_2D;
            if (steps < 1 || steps > limit) {
                throw new UserError("--max-steps must be between 1 and " + limit + ", got " + steps);
            }
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            if (workers < 1) {
                throw new UserError("--threads must be at least 1, got " + workers);
            }
            if (checkpointEvery < 0) {
                throw new UserError("--checkpoint-every must be >= 0, got " + checkpointEvery);
            }
            BuildSpec spec = spec(space, steps);
            Path target = out.resolve(space.tableName() + TableFile.EXTENSION);
            ensureWritable(out);
            Path ckpt = checkpoint != null ? checkpoint : out.resolve("." + space.tableName() + ".ckpt");
            if (resume && !Files.exists(ckpt) && !quiet) {
                System.err.println("ait: no checkpoint at " + ckpt + "; starting from the beginning");
            }

            Progress progress = new Progress(System.err, quiet);
            // On Ctrl-C or a kill, say how to continue: the last checkpoint survives the process.
            Thread hint = new Thread(() -> System.err.println(System.lineSeparator() + "ait: build interrupted; "
                    + "run the same command with --resume to continue from " + ckpt));
            Runtime.getRuntime().addShutdownHook(hint);
            EnumerationResult result;
            try {
                result = new TreeEnumerator(spec).threads(workers).checkpoint(ckpt, resume)
                        .checkpointInterval(checkpointEvery * 1000L).listener(progress).run();
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
            PrintWriter o = stdout();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", target.toString());
                doc.putAll(written.provenance().asMap());
                o.println(Json.pretty(doc));
            } else {
                o.println("wrote " + target);
                printProvenance(o, written);
            }
            return Main.EXIT_OK;
        }

        /** The build the options ask for; a combination the engine rejects is a usage error. */
        private BuildSpec spec(MachineSpace space, int steps) {
            int side = dim == 2 ? (maxSide != null ? maxSide : DEFAULT_MAX_SIDE)
                    : maxLength != null ? maxLength : BuildSpec.ALL;
            if (sample == null) {
                return new BuildSpec(space, steps, new BuildMethod.Exhaustive(), side, true);
            }
            SplitSchedule schedule = SplitSchedule.none();
            if (splitAt != null) {
                try {
                    schedule = new SplitSchedule(splitAt, splitFactor);
                } catch (IllegalArgumentException e) {
                    throw new UserError("--split-at/--split-factor: " + e.getMessage());
                }
                if (maxLength == null || maxLength > org.ait.tm.OutputCodec.maxPackedLength(symbols)) {
                    throw new UserError("--split-at needs --max-length of at most "
                            + org.ait.tm.OutputCodec.maxPackedLength(symbols) + " for " + symbols + " symbols");
                }
            }
            try {
                return new BuildSpec(space, steps, new BuildMethod.Sampled(sample, seed, schedule), side, true);
            } catch (IllegalArgumentException e) {
                throw new UserError("--split-at/--split-factor: " + e.getMessage());
            }
        }

        private static void ensureWritable(Path dir) throws IOException {
            try {
                Files.createDirectories(dir);
                Path probe = Files.createTempFile(dir, ".ait-write-test", ".tmp");
                Files.delete(probe);
            } catch (IOException e) {
                throw new UserError("cannot write to output directory " + dir + " ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the tables found in $AIT_TABLES, ./ctm-tables and those shipped in the jar.")
    static final class ListTables implements Callable<Integer> {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            List<TableCatalog.Entry> entries = TableCatalog.list();
            PrintWriter o = stdout();
            if (json) {
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

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Show a table's provenance, checksum and coverage per output length.")
    static final class Info implements Callable<Integer> {

        @Mixin
        TableArgument table;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            CtmTable t = table.load();
            PrintWriter o = stdout();
            boolean twoD = t.dimensions() == 2;
            String unit = twoD ? "shape" : "length";
            String items = twoD ? "arrays" : "strings";
            List<Coverage> rows = coverage(t);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>(t.provenance().asMap());
                List<Map<String, Object>> coverage = new ArrayList<>();
                for (Coverage r : rows) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put(unit, r.key());
                    c.put(items, r.have());
                    c.put("of", r.of());
                    if (r.patternsOf() > 0) {
                        c.put("patterns", r.patterns());
                        c.put("patterns_of", r.patternsOf());
                    }
                    coverage.add(c);
                }
                doc.put("checksum_verified", true);
                doc.put("coverage", coverage);
                o.println(Json.pretty(doc));
                return Main.EXIT_OK;
            }
            printProvenance(o, t);
            o.println("checksum            verified (file SHA-256 and content_sha256)");
            o.println("coverage per " + unit + " (" + items + " with a value / all " + items + " of that " + unit + "):");
            String format = "  %" + (twoD ? 5 : 3) + "s  %12d / %.0f  (%s)";
            for (Coverage r : rows) {
                o.printf(format, r.key(), r.have(), r.of(), percent(r.have(), r.of()));
                if (r.patternsOf() > 0) {
                    o.printf("   patterns %d / %d (%s)", r.patterns(), r.patternsOf(), percent(r.patterns(), r.patternsOf()));
                }
                o.println();
            }
            return Main.EXIT_OK;
        }
    }

    /**
     * Outputs with a value against all possible ones, per length (1D, key an Integer) or shape (2D, "RxC"); for 1D
     * tables also patterns (strings up to relabelling), patternsOf 0 otherwise.
     */
    record Coverage(Object key, long have, double of, long patterns, long patternsOf) {
    }

    /** A share as a percentage that reads 100% only when complete (99.997% is not rounded up). */
    static String percent(double have, double of) {
        if (have == of) {
            return "100%";
        }
        double p = 100 * have / of;
        return p >= 1 ? String.format("%.2f%%", Math.floor(p * 100) / 100) : String.format("%.3g%%", p);
    }

    /** Patterns of a length over at most k symbols: the sum of Stirling numbers S(length, j), j <= k. */
    static long allPatterns(int length, int k) {
        long[] s = new long[k + 1]; // S(n, j) for the current n
        s[0] = 1;
        for (int n = 1; n <= length; n++) {
            for (int j = Math.min(n, k); j >= 1; j--) {
                s[j] = j * s[j] + s[j - 1];
            }
            s[0] = 0;
        }
        long total = 0;
        for (int j = 1; j <= k; j++) {
            total += s[j];
        }
        return total;
    }

    static List<Coverage> coverage(CtmTable t) {
        List<Coverage> rows = new ArrayList<>();
        if (t.dimensions() == 2) {
            for (Map.Entry<String, Long> e : t.arraysByShape().entrySet()) {
                String[] rc = e.getKey().split("x");
                rows.add(new Coverage(e.getKey(), e.getValue(),
                        Math.pow(t.symbols(), Integer.parseInt(rc[0]) * Integer.parseInt(rc[1])), 0, 0));
            }
        } else {
            long[] byLength = t.stringsByLength();
            for (int len = 1; len < byLength.length; len++) {
                long[] patterns = {0};
                if (len <= org.ait.tm.OutputCodec.maxPackedLength(t.symbols())) {
                    t.forEachPattern(len, (code, k) -> patterns[0]++);
                }
                rows.add(new Coverage(len, byLength[len], Math.pow(t.symbols(), len), patterns[0],
                        t.symbols() > 2 && len <= org.ait.tm.OutputCodec.maxPackedLength(t.symbols())
                                ? allPatterns(len, t.symbols()) : 0));
            }
        }
        return rows;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print a table as TSV: output, count = C(pattern) (c0(s) + c0(complement s) for binary), k = CTM in bits.")
    static final class Export implements Callable<Integer> {

        @Mixin
        TableArgument table;

        @Option(names = "--max-length", description = "Only outputs up to this length (2D: this side).")
        Integer maxLength;

        @Option(names = "--patterns", description = "One row per pattern (symbols relabelled in order of first"
                + " appearance) instead of per string, with the number of strings it stands for: compact for"
                + " k-symbol tables, whose strings run into the billions.")
        boolean patterns;

        @Option(names = "--json", description = "Print one JSON document {table, h0, rows: [{output, count, k}]}.")
        boolean json;

        /** Beyond this many rows, per-string export asks for --max-length or --patterns instead of running out of memory. */
        static final long MAX_STRING_ROWS = 20_000_000;

        @Override
        public Integer call() throws IOException {
            if (maxLength != null && maxLength < 1) {
                throw new UserError("--max-length must be at least 1, got " + maxLength);
            }
            CtmTable t = table.load();
            int max = maxLength == null ? Integer.MAX_VALUE : maxLength;
            if (patterns) {
                return exportPatterns(t, max);
            }
            long strings = t.strings(max);
            if (strings > MAX_STRING_ROWS) {
                throw new UserError(t.name() + " has " + strings + " strings" + (maxLength == null ? "" : " up to length "
                        + maxLength) + ": export fewer with --max-length, or one row per pattern with --patterns");
            }
            List<Line> lines = new ArrayList<>();
            for (CtmTable.Row r : t.rows(max)) {
                lines.add(new Line(r.output(), -1, r.count(), r.complexity()));
            }
            return write(t, lines, "output");
        }

        private Integer exportPatterns(CtmTable t, int max) throws IOException {
            List<Line> lines = new ArrayList<>();
            for (CtmTable.PatternRow r : t.patternRows(max)) {
                lines.add(new Line(r.pattern(), r.strings(), r.count(), r.complexity()));
            }
            return write(t, lines, "pattern");
        }

        /** One exported row: a string or a pattern (with the number of strings it stands for, else -1). */
        private record Line(String key, long strings, long count, double k) {
        }

        /** TSV (or JSON) rows: key, [strings,] count, k, and for sampled tables the 95% interval k_low, k_high. */
        private Integer write(CtmTable t, List<Line> lines, String keyName) throws IOException {
            boolean sampled = t.sampled();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("table", t.name());
                doc.put("h0", t.halting());
                List<Map<String, Object>> out = new ArrayList<>(lines.size());
                for (Line l : lines) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put(keyName, l.key());
                    if (l.strings() >= 0) {
                        m.put("strings", l.strings());
                    }
                    m.put("count", l.count());
                    m.put("k", l.k());
                    if (sampled) {
                        double[] ci = t.interval(l.key());
                        m.put("k_low", ci[0]);
                        m.put("k_high", ci[1]);
                    }
                    out.add(m);
                }
                doc.put("rows", out);
                stdout().println(Json.pretty(doc));
                return Main.EXIT_OK;
            }
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            boolean patterns = keyName.equals("pattern");
            w.write(keyName + (patterns ? "\tstrings" : "") + "\tcount\tk" + (sampled ? "\tk_low\tk_high" : "") + "\n");
            for (Line l : lines) {
                w.write(l.key());
                if (patterns) {
                    w.write('\t');
                    w.write(Long.toString(l.strings()));
                }
                w.write('\t');
                w.write(Long.toString(l.count()));
                w.write('\t');
                w.write(Double.toString(l.k()));
                if (sampled) {
                    double[] ci = t.interval(l.key());
                    w.write('\t');
                    w.write(Double.toString(ci[0]));
                    w.write('\t');
                    w.write(Double.toString(ci[1]));
                }
                w.write('\n');
            }
            w.flush();
            return Main.EXIT_OK;
        }
    }

    @Command(name = "trim", mixinStandardHelpOptions = true,
            description = "Write a table without its outputs longer than --max-length (1D) or with a side longer than"
                    + " --max-side (2D): same H0 and values, a smaller file.")
    static final class Trim implements Callable<Integer> {

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
            Build.ensureWritable(out);
            Path target = out.resolve(t.name() + TableFile.EXTENSION);
            TableFile.write(Tables.trimmed(t, maxSide), target);
            CtmTable written = TableFile.read(target);
            PrintWriter o = stdout();
            o.println("wrote " + target);
            printProvenance(o, written);
            return Main.EXIT_OK;
        }
    }

    /** A table named by the command's positional argument. */
    static final class TableArgument {
        @Parameters(paramLabel = "NAME|FILE", description = "Table name (e.g. ctm-1d-s5-k2) or path to a .ctm file.")
        String nameOrPath;

        CtmTable load() throws IOException {
            return TableCatalog.load(nameOrPath);
        }
    }

    static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    static void printProvenance(PrintWriter o, CtmTable t) {
        for (Map.Entry<String, Object> e : t.provenance().asMap().entrySet()) {
            o.printf("%-19s %s%n", e.getKey(), e.getValue());
        }
    }
}
