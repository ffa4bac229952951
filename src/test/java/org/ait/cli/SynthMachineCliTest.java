package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableFile;
import org.ait.io.Json;
import org.ait.synth.sequence.PlainMachine;
import org.ait.tm.OutputCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ait synth --classes tm}: on a seeded sample of the strings of D(5) up to 12 symbols and of the longer outputs
 * of D(4), the JSON's machine, run by a simulator written for the tests, prints the string in the steps it states, and
 * count and K are the table's; {@code --diagram} ends on the string; bad input exits 2 with one line. (The full sweep
 * is {@code MachineClassTest}, through the library.)
 */
class SynthMachineCliTest {

    @Test
    void machinesOfASampleOfStringsPrintThemWithTheTablesValues() throws IOException {
        CtmTable d5 = TableFile.read(Path.of("ctm-tables", "ctm-1d-s5-k2.ctm"));
        CtmTable d4 = TableFile.read(Path.of("ctm-tables", "ctm-1d-s4-k2.ctm"));
        SplittableRandom random = new SplittableRandom(5);
        List<String> sample = new ArrayList<>(List.of("0", "1", "010101", "010101010101"));
        while (sample.size() < 30) {
            int len = 1 + random.nextInt(12);
            String s = OutputCodec.unpack((1L << len) | random.nextLong(1L << len), 2);
            if (d5.count(s) > 0) {
                sample.add(s);
            }
        }
        for (CtmTable.Row row : d4.rows(99)) {
            if (row.output().length() > 13 && sample.size() < 36) {
                sample.add(row.output());
            }
        }
        for (String s : sample) {
            Cli.Run r = run("synth", "--sequence", s, "--classes", "tm", "--json", "--quiet");
            assertEquals(0, r.code(), r.err());
            JsonNode doc = Json.mapper().readTree(r.out());
            JsonNode best = doc.get("programs").get(0);
            assertEquals("tm", best.get("class").asText(), s);
            String machine = best.get("machine").asText();
            int blank = best.get("blank").asInt();
            PlainMachine.Run run = PlainMachine.run(machine, blank, 500);
            assertNotNull(run, () -> machine + " does not halt");
            assertEquals(s, run.output(), machine);
            assertEquals(run.steps(), best.get("steps").asLong(), machine);
            assertEquals(machine.split("_").length, best.get("states").asInt(), machine);
            assertEquals(d5.count(s), best.get("count").asLong(), s);
            assertEquals(d5.complexity(s), best.get("complexity").asDouble(), 1e-12, s);
            assertEquals(5 + d5.complexity(s), best.get("program_bits").asDouble(), 1e-12, s);
            assertEquals(Math.pow(2, -d5.complexity(s)), best.get("probability").asDouble(), 1e-15, s);
            assertEquals("ctm-1d-s5-k2", best.get("table").asText());
            assertEquals(0, best.get("prediction").size());
        }
    }

    @Test
    void textDiagramAndLongStrings() throws IOException {
        String s = "010101010101";
        Cli.Run text = run("synth", "--sequence", s, "--classes", "tm", "--diagram", "--quiet");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("halts after 31 steps (5 states, 9 transitions); K = 26.99"), text.out());
        assertTrue(text.out().contains("space-time diagram of program 1 (tm):"), text.out());
        String[] lines = text.out().strip().split("\n");
        assertTrue(lines[lines.length - 1].matches(" *31 H .*"), lines[lines.length - 1]);
        assertEquals(s, cells(lines[lines.length - 1]));
        Cli.Run json = run("synth", "--sequence", s, "--classes", "tm,periodic", "--diagram", "--json", "--quiet");
        assertEquals(0, json.code(), json.err());
        JsonNode runs = Json.mapper().readTree(json.out()).get("programs").get(0).get("diagram");
        assertEquals(1, runs.size());
        assertEquals(33, runs.get(0).size(), "a header and the steps 0..31");
        assertEquals(s, cells(runs.get(0).get(32).asText()));
        String longer = "0110".repeat(10) + "1";
        Cli.Run blocks = run("synth", "--sequence", longer, "--classes", "tm", "--json", "--quiet");
        assertEquals(0, blocks.code(), blocks.err());
        JsonNode p = Json.mapper().readTree(blocks.out()).get("programs").get(0);
        assertEquals("tm", p.get("class").asText());
        assertTrue(p.get("bdm_bits").asDouble() > 0);
        StringBuilder joined = new StringBuilder();
        for (JsonNode i : p.get("order")) {
            joined.append(p.get("blocks").get(i.asInt() - 1).get("block").asText());
        }
        assertEquals(longer, joined.toString());
        Cli.Run help = run("synth", "--help");
        assertTrue(help.out().contains("--diagram"), help.out());
    }

    /** The cells of a diagram row: its symbols after the step and the state, without brackets. */
    private static String cells(String row) {
        return row.strip().split(" +", 3)[2].replaceAll("[\\[\\] ]", "");
    }

    @Test
    void badInputExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
        assertOneLineError(run("synth", "--sequence", "1,2,3,4", "--classes", "tm"), 2, "class tm describes binary");
        assertOneLineError(run("synth", "--sequence", "0120", "--classes", "tm"), 2, "symbols 0..2");
        assertOneLineError(run("synth", "--sequence", "1,2,3,4", "--diagram"), 2, "--diagram");
        assertOneLineError(run("synth", "--sequence", "0110", "--classes", "periodic", "--diagram"), 2,
                "--classes leaves out");
        Path diagram = dir.resolve("d.txt");
        Files.writeString(diagram, "0110\n1001\n0110\n");
        assertOneLineError(run("synth", diagram.toString(), "--diagram"), 2, "--diagram");
    }
}
