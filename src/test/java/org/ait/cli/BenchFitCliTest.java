package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ait bench-fit}: scores problems of the shipped suites, writes the result tables, rejects bad usage. */
class BenchFitCliTest {

    @Test
    void scoresProblemsAndWritesTables(@TempDir Path dir) throws IOException {
        Cli.Run r = run("bench-fit", "datasets/sr/nguyen.csv", "--only", "Nguyen-8,Nguyen-10", "--time", "20",
                "--max-size", "7", "--threads", "2", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Nguyen-8   EXACT"), r.out());
        assertTrue(r.out().contains("Nguyen-10  EXACT"), r.out());
        assertTrue(r.out().contains("symbolic solutions 2 (100.0 %)"), r.out());
        String csv = Files.readString(dir.resolve("results.csv"));
        assertTrue(csv.startsWith("id,draw,symbolic,accurate,test_r2"), csv);
        assertEquals(3, csv.split("\n").length);
        assertTrue(Files.readString(dir.resolve("results.md")).contains("| Nguyen-8 | 0 | yes | yes |"));
        // Two data draws: each scored, the rate a mean over draws.
        Cli.Run d = run("bench-fit", "datasets/sr/nguyen.csv", "--only", "Nguyen-8", "--draws", "2", "--time", "20",
                "--max-size", "7", "--threads", "2", "--out", dir.resolve("d").toString());
        assertTrue(d.out().contains("Nguyen-8#1 EXACT"), d.out());
        assertTrue(d.out().contains("1 problems x 2 data draws") && d.out().contains("symbolic solutions 100.0 ± 0.0 %"),
                d.out());
        assertTrue(Files.readString(dir.resolve("d").resolve("results.md")).contains("| Nguyen-8 | 2/2 | 2/2 |"));
        // The recovery chart: two panels, as PNG and SVG.
        assertEquals(2 * 620, javax.imageio.ImageIO.read(dir.resolve("recovery.png").toFile()).getWidth());
        assertTrue(Files.readString(dir.resolve("recovery.svg")).contains("recovered within t"));
        // The Feynman suite reads, and its first problem is scored too.
        Cli.Run f = run("bench-fit", "datasets/sr/feynman.csv", "--only", "I.12.1", "--time", "20", "--max-size",
                "3", "--out", dir.resolve("f").toString());
        assertTrue(f.out().contains("I.12.1     EXACT"), f.out());
        assertOneLineError(run("bench-fit", "nope.csv"), 2, "nope.csv: no such file");
        assertOneLineError(run("bench-fit", "datasets/sr/nguyen.csv", "--only", "X"), 2, "--only: no such problem");
        assertOneLineError(run("bench-fit", "datasets/sr/nguyen.csv", "--prior", "sizes"), 2,
                "--prior must be algorithmic or size, got 'sizes'");
        assertOneLineError(run("bench-fit", "datasets/sr/nguyen.csv", "--draws", "0"), 2,
                "--draws must be at least 1, got 0");
        assertOneLineError(run("bench-fit", "datasets/sr/nguyen.csv", "--threads", "0"), 2,
                "--threads must be at least 1");
    }

    @Test
    void anInterruptedRunResumes(@TempDir Path dir) throws IOException {
        String[] args = {"bench-fit", "datasets/sr/nguyen.csv", "--only", "Nguyen-8,Nguyen-10", "--draws", "2",
                "--time", "20", "--max-size", "7", "--threads", "2", "--out", dir.toString()};
        Cli.Run whole = run(args);
        assertEquals(0, whole.code(), whole.err());
        java.util.List<String> lines = Files.readAllLines(dir.resolve("progress.jsonl"));
        assertEquals(5, lines.size(), "the run's key and four outcomes");
        // As if interrupted after the third outcome (the fourth line cut short): the resumed run solves it again and
        // ends with the whole run's results.
        Files.write(dir.resolve("progress.jsonl"), (String.join("\n", lines.subList(0, 4)) + "\n"
                + lines.get(4).substring(0, 20)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String[] resumed = java.util.Arrays.copyOf(args, args.length + 1);
        resumed[args.length] = "--resume";
        Cli.Run again = run(resumed);
        assertEquals(0, again.code(), again.err());
        // Times differ, and with them the padding before them (9.9 s, 10.1 s): both dropped.
        assertEquals(whole.out().lines().map(l -> l.replaceAll("\\s*\\d+\\.\\d s", "")).toList(),
                again.out().lines().map(l -> l.replaceAll("\\s*\\d+\\.\\d s", "")).toList());
        String[] other = resumed.clone();
        other[7] = "10";
        assertOneLineError(run(other), 2, "progress of another run");
    }
}
