package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tables build --dim 2} and {@code --sample}: files, info, export, and their bad-usage errors. */
class TablesBuildModesCliTest {

    @Test
    void turmiteTable(@TempDir Path dir) {
        Cli.Run b = run("tables", "build", "--dim", "2", "--states", "2", "--max-steps", "40", "--out",
                dir.toString(), "--quiet");
        assertEquals(0, b.code(), b.err());
        String table = dir.resolve("ctm-2d-s2-k2.ctm").toString();
        Cli.Run info = run("tables", "info", table);
        assertTrue(info.out().contains("coverage per shape"), info.out());
        assertTrue(info.out().contains("  1x1             2 / 2  (100%)"), info.out());
        Cli.Run export = run("tables", "export", table, "--max-length", "2");
        String[] lines = export.out().split("\n");
        assertEquals("output\tcount\tk", lines[0]);
        assertTrue(export.out().contains("\n0-1\t"), export.out());
        assertEquals(0, run("ctm", "0-1", "--table", table).code());
        Path trimmed = dir.resolve("trimmed");
        assertEquals(0, run("tables", "trim", table, "--max-side", "1", "--out", trimmed.toString()).code());
        String small = trimmed.resolve("ctm-2d-s2-k2.ctm").toString();
        assertEquals(run("ctm", "1", "--table", table).out(), run("ctm", "1", "--table", small).out());
        assertEquals(3, run("ctm", "0-1", "--table", small).code(), "outputs with a longer side are gone");
        assertOneLineError(run("tables", "trim", "ctm-1d-s3-k2", "--max-side", "1", "--out", trimmed.toString()), 2,
                "is 1D: trim it with --max-length");
        assertOneLineError(run("tables", "build", "--dim", "2", "--states", "2", "--out", dir.toString()), 2,
                "--max-steps is required");
        assertOneLineError(run("tables", "build", "--states", "2", "--max-side", "4", "--out", dir.toString()), 2,
                "--max-side applies to --dim 2");
    }

    @Test
    void sampledTable(@TempDir Path dir) {
        Cli.Run b = run("tables", "build", "--states", "2", "--symbols", "3", "--max-steps", "50", "--sample",
                "300000", "--seed", "7", "--out", dir.toString(), "--quiet");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("samples             300000"), b.out());
        String table = dir.resolve("ctm-1d-s2-k3.ctm").toString();
        String[] lines = run("tables", "export", table, "--max-length", "1").out().split("\n");
        assertEquals("output\tcount\tk\tk_low\tk_high", lines[0]);
        String[] zero = lines[1].split("\t");
        assertEquals("0", zero[0]);
        double k = Double.parseDouble(zero[2]);
        assertTrue(Double.parseDouble(zero[3]) < k && k < Double.parseDouble(zero[4]), lines[1]);
        assertOneLineError(run("tables", "build", "--dim", "2", "--states", "2", "--max-steps", "9", "--sample", "10",
                "--out", dir.toString()), 2, "--sample applies to --dim 1");
        assertOneLineError(run("tables", "build", "--states", "2", "--sample", "0", "--out", dir.toString()), 2,
                "--sample must be at least 1");
        assertOneLineError(run("tables", "build", "--states", "2", "--max-length", "3", "--out", dir.toString()), 2,
                "--max-length applies to --sample builds");
        Cli.Run kept = run("tables", "build", "--states", "2", "--symbols", "3", "--max-steps", "50", "--sample",
                "300000", "--seed", "7", "--max-length", "2", "--out", dir.resolve("short").toString(), "--quiet");
        assertEquals(0, kept.code(), kept.err());
        assertTrue(kept.out().contains("max_kept_length     2"), kept.out());
        assertTrue(kept.out().contains("max_output_length   2"), kept.out());
        String shortTable = dir.resolve("short").resolve("ctm-1d-s2-k3.ctm").toString();
        // Same draws, same H0: the values kept are the same.
        assertEquals(run("ctm", "01", "--table", table).out(), run("ctm", "01", "--table", shortTable).out());

        Cli.Run split = run("tables", "build", "--states", "2", "--symbols", "3", "--max-steps", "50", "--sample",
                "100000", "--max-length", "8", "--split-at", "3,4", "--split-factor", "3", "--out",
                dir.resolve("split").toString(), "--quiet");
        assertEquals(0, split.code(), split.err());
        assertTrue(split.out().contains("units_per_draw      9"), split.out());
        String splitTable = dir.resolve("split").resolve("ctm-1d-s2-k3.ctm").toString();
        String[] row = run("tables", "export", splitTable, "--max-length", "1").out().split("\n")[1].split("\t");
        assertTrue(Double.parseDouble(row[3]) < Double.parseDouble(row[2])
                && Double.parseDouble(row[2]) < Double.parseDouble(row[4]), String.join(" ", row));
        String[] patterns = run("tables", "export", splitTable, "--patterns", "--max-length", "2").out().split("\n");
        assertEquals("pattern\tstrings\tcount\tk\tk_low\tk_high", patterns[0]);
        assertTrue(patterns[1].startsWith("0\t3\t"), patterns[1]);
        assertTrue(patterns[3].startsWith("01\t6\t"), patterns[3]);
        assertEquals(4, patterns.length);
        assertOneLineError(run("tables", "export", "ctm-1d-s4-k4"), 2, "one row per pattern with --patterns");
        Path cut = dir.resolve("cut");
        assertEquals(0, run("tables", "trim", splitTable, "--max-length", "2", "--out", cut.toString()).code());
        String cutTable = cut.resolve("ctm-1d-s2-k3.ctm").toString();
        assertEquals(run("tables", "export", splitTable, "--max-length", "2").out(),
                run("tables", "export", cutTable).out(), "same values and intervals, fewer rows");
        assertOneLineError(run("tables", "build", "--states", "2", "--split-at", "3", "--out", dir.toString()), 2,
                "--split-at applies to --sample builds");
        assertOneLineError(run("tables", "build", "--states", "2", "--max-steps", "9", "--sample", "10",
                "--split-at", "3", "--out", dir.toString()), 2, "--split-at needs --max-length");
        assertOneLineError(run("tables", "build", "--states", "2", "--max-steps", "9", "--sample", "10",
                "--max-length", "5", "--split-at", "4,3", "--out", dir.toString()), 2, "non-decreasing");
        assertOneLineError(run("tables", "build", "--states", "2", "--max-steps", "9", "--sample", "10",
                "--max-length", "5", "--split-at", "3", "--split-factor", "1", "--out", dir.toString()), 2,
                "split factor must be between 2 and 64");
    }
}
