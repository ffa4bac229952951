package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ait.collapse.Catalog;
import org.ait.collapse.Configuration;
import org.ait.collapse.Generator;
import org.ait.collapse.Mode;
import org.ait.collapse.Schedule;
import org.ait.collapse.Study;
import org.ait.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ait collapse}: outputs, the same numbers for any thread count and after a resume, one-line errors. */
class CollapseCliTest {

    static final String GENERATOR = "eca:110:8:4";
    static final String LEARNERS = "eca-rule,eca-rule+warm,ngram:2,categorical-mle";
    static final String ALPHA = "0,0.5,1/t";

    static String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("collapse", "--generator", GENERATOR, "--learners", LEARNERS, "--alpha",
                ALPHA, "--generations", "6", "--samples", "4", "--seeds", "3", "--quiet", "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void writesEveryOutputAndTheSameNumbersForAnyThreadCount(@TempDir Path dir) throws IOException {
        Cli.Run one = run(args(dir.resolve("one"), "--threads", "1"));
        assertEquals(0, one.code(), one.err());
        Cli.Run two = run(args(dir.resolve("two"), "--threads", "2"));
        assertEquals(0, two.code(), two.err());
        for (String f : List.of("metrics.csv", "summary.json")) {
            assertEquals(Files.readString(dir.resolve("one").resolve(f)), Files.readString(dir.resolve("two").resolve(f)),
                    f + " differs between 1 and 2 threads");
        }
        // The table on stdout: a header, one line per configuration (4 learners x 3 schedules), the closing line.
        String[] table = one.out().split("\n");
        assertTrue(table[0].startsWith("generator") && table[0].contains("entropyT"), one.out());
        assertEquals(12, java.util.Arrays.stream(table).filter(l -> l.startsWith(GENERATOR + " ")).count(), one.out());
        assertTrue(table[table.length - 1].startsWith("36 runs, "), one.out());
        assertFalse(Files.exists(dir.resolve("one").resolve(".checkpoint")), "the finished study's checkpoint is gone");
        Path out = dir.resolve("one");
        List<String> lines = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(1 + 4 * 3 * 3 * 7, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (String col : List.of("learner", "alpha", "seed", "generation", "n_real", "entropy", "collision", "support",
                "tv_to_truth", "mechanism_recovered")) {
            assertTrue(header.contains(col), col);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(",1/t,")), "alpha as given");
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(12, summary.get("configurations").size());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "plots inlined");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().filter(n -> n.endsWith(".png")).count() >= 4, names.toString());
            assertTrue(names.stream().filter(n -> n.endsWith(".svg")).count() >= 4, names.toString());
            assertTrue(names.contains("mechanism-eca-110-8-4.svg"), names.toString());
            assertFalse(names.contains(".checkpoint"), "the checkpoint of a finished study is removed");
        }
        assertTrue(Files.readString(out.resolve("mechanism-eca-110-8-4.svg")).contains("<svg"));
    }

    @Test
    void anInterruptedStudyResumesToTheSameNumbers(@TempDir Path dir) throws Exception {
        Cli.Run whole = run(args(dir.resolve("whole")));
        assertEquals(0, whole.code(), whole.err());
        // The state an interruption leaves: the checkpoint of the same study with some runs finished.
        Path out = dir.resolve("resumed");
        Path checkpoint = out.resolve(".checkpoint");
        Generator<?> g = Catalog.generator(GENERATOR);
        List<Configuration<?>> configs = new ArrayList<>();
        for (String l : LEARNERS.split(",")) {
            for (String a : ALPHA.split(",")) {
                configs.add(Catalog.configuration(g, Catalog.learner(l, g, 60), Schedule.parse(a), Mode.REPLACE, 4, 6));
            }
        }
        Study.of(configs, List.of(1L, 2L, 3L)).run(2, checkpoint, null);
        int removed = 0;
        try (Stream<Path> files = Files.list(checkpoint)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("run-")).sorted().toList()) {
                if (removed++ % 2 == 0) {
                    Files.delete(f);
                }
            }
        }
        assertOneLineError(run(args(out)), 2, "--resume");
        Cli.Run resumed = run(args(out, "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(Files.readString(dir.resolve("whole").resolve("metrics.csv")),
                Files.readString(out.resolve("metrics.csv")));
        assertEquals(Files.readString(dir.resolve("whole").resolve("summary.json")),
                Files.readString(out.resolve("summary.json")));
        // A checkpoint of another study is refused.
        Study.of(configs.subList(0, 2), List.of(1L)).run(1, dir.resolve("other").resolve(".checkpoint"), null);
        assertOneLineError(run(args(dir.resolve("other"), "--resume")), 2, "another study");
    }

    @Test
    void badInputExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
        String out = dir.resolve("o").toString();
        assertOneLineError(run("collapse", "--learners", "nope", "--out", out), 2, "unknown learner 'nope'");
        assertOneLineError(run("collapse", "--generator", "nope:3", "--out", out), 2, "unknown generator 'nope:3'");
        assertOneLineError(run("collapse", "--alpha", "0,1/x", "--out", out), 2, "unknown alpha schedule '1/x'");
        assertOneLineError(run("collapse", "--alpha", "1.5", "--out", out), 2, "outside [0,1]");
        assertOneLineError(run("collapse", "--alpha", "-0.2", "--out", out), 2, "outside [0,1]");
        assertOneLineError(run("collapse", "--samples", "0", "--out", out), 2, "--samples");
        assertOneLineError(run("collapse", "--generations", "0", "--out", out), 2, "--generations");
        assertOneLineError(run("collapse", "--seeds", "0", "--out", out), 2, "--seeds");
        assertOneLineError(run("collapse", "--mode", "sideways", "--out", out), 2, "unknown mode");
        assertOneLineError(run("collapse", "--learners", "gaussian-mle", "--out", out), 2, "does not fit");
        assertOneLineError(run("collapse", "--learners", "ngram:3+warm", "--generator", "eca:30", "--out", out), 2,
                "+warm");
        assertOneLineError(run("collapse", "--generator", "eca:999", "--out", out), 2, "eca");
        assertOneLineError(run("collapse", "--generator", "tm:1RB1-H_0LA1RX", "--out", out), 2, "tm:1RB1-H_0LA1RX");
        assertOneLineError(run("collapse", "--study", "nope", "--out", out), 2, "unknown study");
        assertOneLineError(run("collapse", "--study", "default", "--generator", "gmm:2", "--out", out), 2, "--study");
        if (!Catalog.neuralAvailable()) {
            assertOneLineError(run("collapse", "--generator", "eca:30", "--learners", "neural-lm", "--out", out), 2,
                    "-Pneural");
        }
        assertFalse(Files.exists(dir.resolve("o")), "nothing written on bad input");
    }
}
