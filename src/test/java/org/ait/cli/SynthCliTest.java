package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ait.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ait synth} and {@code ait bench-synth}: the JSON contract, exact big terms, and one-line errors. */
class SynthCliTest {

    @Test
    void jsonContractAndPrediction() throws IOException {
        Cli.Run r = run("synth", "--sequence", "0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55", "--predict", "4", "--json",
                "--classes", "recurrence,polynomial,literal");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out());
        assertEquals("integers", doc.get("input").get("kind").asText());
        assertEquals(11, doc.get("input").get("length").asInt());
        JsonNode best = doc.get("programs").get(0);
        assertEquals("recurrence", best.get("class").asText());
        assertEquals(1.0, best.get("relative_probability").asDouble());
        assertEquals(0, best.get("exceptions").size());
        assertEquals("[89,144,233,377]", best.get("prediction").toString());
        for (JsonNode p : doc.get("programs")) {
            assertTrue(p.get("description_length_bits").asDouble() >= best.get("description_length_bits").asDouble());
        }
        assertTrue(doc.get("provenance").has("prior"));
    }

    /** Classes named on the command line that describe nothing of the input: an empty ranking that says so. */
    @Test
    void classesThatDescribeNothingSaySo() {
        Cli.Run r = run("synth", "--sequence", "1, 2, 3, 5, 8, 13, 21, 34, 55, 89", "--classes", "qseries,bitwise");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note: no program of the classes searched (qseries, bitwise) describes the input"),
                r.out());
    }

    @Test
    void aTenThousandDigitTermIsExact() throws IOException {
        BigInteger big = BigInteger.TEN.pow(9_999);
        StringBuilder s = new StringBuilder();
        for (int n = 0; n < 12; n++) {
            s.append(n > 0 ? "," : "").append(big.multiply(BigInteger.valueOf(n + 1)));
        }
        Cli.Run r = run("synth", "--sequence", s.toString(), "--predict", "2", "--json", "--top", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode pred = Json.mapper().readTree(r.out()).get("programs").get(0).get("prediction");
        assertEquals(big.multiply(BigInteger.valueOf(13)).toString(), pred.get(0).asText());
        assertEquals(big.multiply(BigInteger.valueOf(14)).toString(), pred.get(1).asText());
    }

    @Test
    void symbolStringsAndTooShortInputs() throws IOException {
        // --time 60: a cut on a loaded machine could stop the search before the automatic class; it takes about 3 s.
        Cli.Run tm = run("synth", "--sequence", "0110100110010110100101100110", "--predict", "8", "--json", "--top", "1",
                "--time", "60");
        assertEquals(0, tm.code(), tm.err());
        JsonNode doc = Json.mapper().readTree(tm.out());
        assertEquals("symbols", doc.get("input").get("kind").asText());
        StringBuilder next = new StringBuilder("[");
        for (int n = 28; n < 36; n++) {
            next.append(n > 28 ? "," : "").append('"').append(Integer.bitCount(n) % 2).append('"');
        }
        assertEquals(next.append(']').toString(), doc.get("programs").get(0).get("prediction").toString());
        Cli.Run shortOne = run("synth", "--sequence", "7,9", "--predict", "2");
        assertEquals(0, shortOne.code(), shortOne.err());
        assertTrue(shortOne.out().contains("too short to identify"), shortOne.out());
        assertTrue(shortOne.out().contains("literal"), shortOne.out());
    }

    /** Rows of rule 30 from a seeded random row on a ring of 24 cells. */
    static String rule30(int steps) {
        java.util.Random r = new java.util.Random(30);
        int w = 24;
        int[] row = new int[w];
        for (int i = 0; i < w; i++) {
            row[i] = r.nextInt(2);
        }
        StringBuilder s = new StringBuilder();
        for (int t = 0; t < steps; t++) {
            for (int v : row) {
                s.append(v);
            }
            s.append('\n');
            int[] next = new int[w];
            for (int i = 0; i < w; i++) {
                int c = row[(i + w - 1) % w] * 4 + row[i] * 2 + row[(i + 1) % w];
                next[i] = (30 >> c) & 1;
            }
            row = next;
        }
        return s.toString();
    }

    @Test
    void diagramsAreIdentifiedAndContinued(@TempDir Path dir) throws IOException {
        String all = rule30(14);
        String[] lines = all.split("\n");
        Path f = dir.resolve("rule30.txt");
        Files.writeString(f, String.join("\n", java.util.Arrays.copyOf(lines, 12)) + "\n");
        Cli.Run r = run("synth", f.toString(), "--predict", "2", "--json", "--classes", "eca", "--boundary", "cyclic");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out());
        assertEquals("diagram", doc.get("input").get("kind").asText());
        JsonNode best = doc.get("programs").get(0);
        assertEquals("eca", best.get("class").asText());
        assertEquals(30, best.get("rule").asInt());
        assertEquals("cyclic", best.get("boundary").asText());
        assertEquals(0, best.get("exceptions").size());
        assertEquals(lines[12], best.get("prediction").get(0).asText());
        assertEquals(lines[13], best.get("prediction").get(1).asText());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "0110\n01x0\n");
        assertOneLineError(run("synth", bad.toString(), "--kind", "diagram"), 2, "line 2");
        assertOneLineError(run("synth", f.toString(), "--classes", "lifelike"), 2, "need the class eca or totalistic");
        assertOneLineError(run("synth", f.toString(), "--boundary", "torus"), 2, "unknown boundary");
    }

    @Test
    void badInputExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
        assertOneLineError(run("synth", "--sequence", ""), 2, "empty");
        assertOneLineError(run("synth", "--sequence", " , ,"), 2, "empty");
        assertOneLineError(run("synth", "--sequence", "1,2,x,4"), 2, "term 3: 'x' is not an integer");
        assertOneLineError(run("synth", "--sequence", "1,2.5,3"), 2, "'2.5' is not an integer");
        Path mixed = dir.resolve("mixed.txt");
        Files.writeString(mixed, "0110\n1, 2, 3\n");
        assertOneLineError(run("synth", mixed.toString()), 2, "mixed kinds");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\n\n");
        assertOneLineError(run("synth", empty.toString()), 2, "empty");
        assertOneLineError(run("synth", dir.resolve("none.txt").toString()), 2, "no such file");
        assertOneLineError(run("synth", "--sequence", "1,2,3", "--classes", "magic"), 2, "unknown program class");
        assertOneLineError(run("synth", "--sequence", "1,2,3", "--prior", "uniform"), 2, "unknown prior");
        assertOneLineError(run("synth", "--sequence", "1,2,3", "--predict", "-1"), 2, "--predict");
        assertOneLineError(run("synth", "--sequence", "1,2,3", "--kind", "tensor"), 2, "--kind");
        assertOneLineError(run("synth", "--sequence", "12g4", "--kind", "symbols"), 2, "position 3");
        assertOneLineError(run("bench-synth", dir.resolve("none.txt").toString()), 2, "no such file");
        Path suite = dir.resolve("suite.txt");
        Files.writeString(suite, "A1 ,1,2,three\n");
        assertOneLineError(run("bench-synth", suite.toString(), "--out", dir.resolve("o").toString()), 2, ":1:");
        assertOneLineError(run("bench-synth", suite.toString(), "--predict", "0"), 2, "--predict");
    }

    @Test
    void benchSynthWritesItsFilesAndDoesNotDependOnThreads(@TempDir Path dir) throws IOException {
        Path suite = dir.resolve("suite.txt");
        StringBuilder s = new StringBuilder();
        String[] seqs = {"S1 ,1,1,2,3,5,8,13,21,34,55,89,144,233,377,610,987,",
            "S2 ,0,1,4,9,16,25,36,49,64,81,100,121,144,169,196,225,", "S3 ,1,2,3,4,5,6,7,",
            "S4 ,3,1,4,1,5,9,2,6,5,3,5,8,9,7,9,3,2,3,"};
        for (String q : seqs) {
            s.append(q).append('\n');
        }
        Files.writeString(suite, s.toString());
        String[] out = new String[2];
        for (int t = 1; t <= 2; t++) {
            Path o = dir.resolve("out" + t);
            Cli.Run r = run("bench-synth", suite.toString(), "--input-terms", "10", "--predict", "5", "--threads",
                    String.valueOf(t), "--out", o.toString(), "--quiet");
            assertEquals(0, r.code(), r.err());
            out[t - 1] = Files.readString(o.resolve("predictions.tsv"));
            assertTrue(Files.readString(o.resolve("results.md")).contains("of 3 sequences exact"));
            assertTrue(Files.exists(o.resolve("results.csv")));
        }
        assertEquals(out[0], out[1]);
        assertTrue(out[0].startsWith("id\tclass\tprogram\tbits\tpredicted\n"), out[0]);
        assertTrue(out[0].contains("\t233,377,610,987,1597\n") || out[0].contains("\t89,144,233,377,610\n"), out[0]);
    }
}
