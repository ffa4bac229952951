package org.ait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of ../shared/spec/cli.md: outputs, exit codes, one-line errors, no partial files. */
class CliTest {

    /** The command line with picocli's writers captured (see {@link Cli}); no global stream is swapped. */
    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    static void assertOneLineError(Cli.Run r, int code, String fragment) {
        assertEquals(code, r.code(), () -> "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), () -> "one line expected: " + err);
        assertTrue(err.startsWith("ait: "), err);
        assertTrue(err.contains(fragment), () -> "'" + fragment + "' expected in: " + err);
        assertFalse(err.contains("Exception"), () -> "no stack trace or exception names: " + err);
    }

    @Test
    void buildExportAndLookUp(@TempDir Path dir) throws IOException {
        Cli.Run build = run("tables", "build", "--states", "3", "--out", dir.toString(), "--threads", "2", "--quiet");
        assertEquals(0, build.code(), build.err());
        Path table = dir.resolve("ctm-1d-s3-k2.ctm");
        assertTrue(Files.exists(table));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(table), files.toList(), "no checkpoint or temporary file left behind");
        }
        Cli.Run export = run("tables", "export", table.toString());
        assertEquals(0, export.code(), export.err());
        String[] lines = export.out().split("\n");
        assertEquals("output\tcount\tk", lines[0]);
        assertEquals(129, lines.length, "128 outputs plus the header");
        // count = c0(s) + c0(complement s) and k = -log2(count / (2 H0)), H0 = 2,147,184.
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            double k = -Math.log(Long.parseLong(f[1]) / (2.0 * 2_147_184)) / Math.log(2);
            assertEquals(k, Double.parseDouble(f[2]), 1e-12, lines[i]);
        }
        Cli.Run asJson = run("tables", "export", table.toString(), "--max-length", "1", "--json");
        assertEquals(0, asJson.code(), asJson.err());
        assertTrue(asJson.out().contains("\"h0\" : 2147184") && asJson.out().contains("\"k\" : "), asJson.out());
        Cli.Run shorter = run("tables", "export", table.toString(), "--max-length", "2");
        assertEquals(1 + 2 + 4, shorter.out().split("\n").length);
        Cli.Run ctm = run("ctm", "0", "--table", table.toString());
        assertEquals(0, ctm.code(), ctm.err());
        String[] tokens = ctm.out().strip().split("\\s+");
        assertEquals(Double.parseDouble(lines[1].split("\t")[2]), Double.parseDouble(tokens[tokens.length - 1]), 1e-15);
        Cli.Run info = run("tables", "info", table.toString());
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("h0_halting          2147184"), info.out());
        Cli.Run json = run("tables", "info", table.toString(), "--json");
        assertTrue(json.out().contains("\"h0_halting\" : 2147184"), json.out());
    }

    @Test
    void shippedTablesAreListedAndUsedByDefault() {
        Cli.Run list = run("tables", "list");
        assertEquals(0, list.code(), list.err());
        for (int n = 1; n <= 5; n++) {
            assertTrue(list.out().contains("ctm-1d-s" + n + "-k2"), list.out());
        }
        Cli.Run ctm = run("ctm", "010101");
        assertEquals(0, ctm.code(), ctm.err());
        Cli.Run missing = run("ctm", "000110100111");
        assertOneLineError(missing, Main.EXIT_NO_VALUE, "not produced");
    }

    @Test
    void badArgumentsExitTwoWithOneLine(@TempDir Path dir) throws IOException {
        assertOneLineError(run("tables", "build", "--states", "0", "--out", dir.toString()), 2, "--states");
        assertOneLineError(run("tables", "build", "--states", "2", "--symbols", "1", "--out", dir.toString()), 2, "--symbols");
        assertOneLineError(run("tables", "build", "--states", "x"), 2, "--states");
        assertOneLineError(run("tables", "build", "--states", "5", "--out", dir.toString()), 2, "--max-steps");
        assertOneLineError(run("tables", "info", "ctm-1d-s9-k2"), 2, "unknown table");
        assertOneLineError(run("tables", "export", "no-such-table"), 2, "unknown table");
        assertOneLineError(run("ctm", "0120", "--table", "ctm-1d-s4-k2"), 2, "position 3");
        assertOneLineError(run("frobnicate"), 2, "frobnicate");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written on bad input");
        }
    }

    @Test
    void debugAddsTheStackTraceWhereverItIsGiven() {
        for (String[] args : new String[][] {{"--debug", "tables", "info", "no-such"}, {"tables", "info", "no-such", "--debug"}}) {
            Cli.Run r = run(args);
            assertEquals(2, r.code());
            assertTrue(r.err().contains("at org.ait."), r.err());
        }
    }

    @Test
    void corruptedAndTruncatedTablesExitTwo(@TempDir Path dir) throws IOException {
        assertEquals(0, run("tables", "build", "--states", "2", "--out", dir.toString(), "--quiet").code());
        byte[] good = Files.readAllBytes(dir.resolve("ctm-1d-s2-k2.ctm"));
        Path corrupted = dir.resolve("corrupted.ctm");
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 1;
        Files.write(corrupted, bad);
        assertOneLineError(run("tables", "info", corrupted.toString()), 2, "corrupted");
        Path truncated = dir.resolve("truncated.ctm");
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length - 40));
        assertOneLineError(run("tables", "export", truncated.toString()), 2, "truncated.ctm");
        Path notATable = dir.resolve("notes.txt");
        Files.writeString(notATable, "hello");
        assertOneLineError(run("ctm", "01", "--table", notATable.toString()), 2, "not an ait CTM table");
    }

    @Test
    void unwritableOutputExitsTwoAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        assertOneLineError(run("tables", "build", "--states", "2", "--out", file.resolve("sub").toString()), 2,
                "cannot write");
        assertEquals("x", Files.readString(file));
    }
}
