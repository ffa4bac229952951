package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ait.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ait bdm} and {@code ait perturb}: values as the last token, JSON, and one-line errors for bad input. */
class BdmCliTest {

    static double lastToken(String out) {
        String[] t = out.strip().split("\\s+");
        return Double.parseDouble(t[t.length - 1]);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void printsThePublishedValues(@TempDir Path dir) throws IOException {
        Path mixed = write(dir, "mixed.txt", "000000111111\n111111000000\n000000000000\n111111111111\n");
        Cli.Run r = run("bdm", mixed.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(114.06151272200972, lastToken(r.out()), 1e-12);
        assertEquals(2, lastToken(run("bdm", "--entropy", mixed.toString()).out()), 1e-12);
        Cli.Run j = run("bdm", "--json", mixed.toString());
        JsonNode doc = Json.mapper().readTree(j.out());
        assertEquals(114.06151272200972, doc.get("bdm").asDouble(), 1e-12);
        assertEquals(4, doc.get("blocks").asLong());
        assertEquals(0, doc.get("missing").asLong());
        assertTrue(doc.has("nbdm") && doc.has("entropy"));
    }

    @Test
    void perturbPrintsTheChangeOfEveryFlip(@TempDir Path dir) throws IOException {
        Path ones = write(dir, "ones.txt", "1".repeat(30));
        Cli.Run r = run("perturb", ones.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("# bdm=26.61041374764"), lines[0]);
        assertEquals("index\tsymbol\tdelta", lines[1]);
        assertEquals(32, lines.length);
        assertEquals(26.91763012739709, lastToken(lines[2 + 10]), 1e-12);
        JsonNode doc = Json.mapper().readTree(run("perturb", "--json", "--delete", ones.toString()).out());
        assertEquals(30, doc.get("flip").size());
        assertEquals(30, doc.get("delete").size());
        // Deleting any one of 30 ones leaves 29 ones: still two blocks of twelve ones.
        assertEquals(0, doc.get("delete").get(0).asDouble(), 1e-12);
    }

    @Test
    void twoDimensionalInputWithAValuesTable(@TempDir Path dir) throws IOException {
        StringBuilder tsv = new StringBuilder("output\tk\n");
        for (int c = 0; c < 16; c++) {
            String s = String.format("%4s", Integer.toBinaryString(c)).replace(' ', '0');
            tsv.append(s, 0, 2).append('-').append(s, 2, 4).append('\t').append(Integer.bitCount(c) == 2 ? 4 : 3).append('\n');
        }
        Path values = write(dir, "values-2x2.tsv", tsv.toString());
        Path grid = write(dir, "grid.txt", "0101\n1010\n0000\n0000\n");
        Cli.Run r = run("bdm", "--dim", "2", "--block", "2x2", "--table", values.toString(), grid.toString());
        assertEquals(0, r.code(), r.err());
        // Blocks 01-10 (twice, K 4) and 00-00 (twice, K 3): 4 + 1 + 3 + 1.
        assertEquals(9, lastToken(r.out()), 1e-12);
        Path ragged = write(dir, "ragged.txt", "0101\n101\n");
        assertOneLineError(run("bdm", "--dim", "2", "--block", "2x2", "--table", values.toString(), ragged.toString()),
                2, "line 2 has 3 symbols, line 1 has 4");
        assertOneLineError(run("bdm", "--dim", "2", "--block", "4x4", "--table", values.toString(), grid.toString()),
                2, "no values for blocks of shape 4x4");
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path bad = write(dir, "bad.txt", "0101\n01x1\n");
        assertOneLineError(run("bdm", bad.toString()), 2, "bad.txt: line 2, column 3: 'x' is not a symbol");
        Path two = write(dir, "two.txt", "0120");
        assertOneLineError(run("bdm", two.toString()), 2, "line 1, column 3: '2' is not a symbol of the 2-symbol");
        Path empty = write(dir, "empty.txt", " \n\n");
        assertOneLineError(run("bdm", empty.toString()), 2, "empty.txt: no symbols");
        Path shortOne = write(dir, "short.txt", "0101");
        assertOneLineError(run("bdm", shortOne.toString()), 2, "shorter than one block");
        assertEquals(0, run("bdm", "--partition", "periodic", shortOne.toString()).code());
        assertOneLineError(run("bdm", "--block", "13", shortOne.toString()), 2, "--block");
        assertOneLineError(run("bdm", "--block", "50", shortOne.toString()), 2, "no values for blocks of length 50");
        assertOneLineError(run("bdm", "--partition", "diagonal", shortOne.toString()), 2, "unknown partition 'diagonal'");
        assertOneLineError(run("bdm", "--shift", "2", shortOne.toString()), 2, "--shift applies to --partition correlated");
        assertOneLineError(run("bdm", dir.resolve("nope.txt").toString()), 2, "nope.txt");
        assertOneLineError(run("bdm", "--dim", "2", "--table", "ctm-2d-s9-k2", shortOne.toString()), 2,
                "unknown table 'ctm-2d-s9-k2'");
        assertOneLineError(run("bdm", "--dim", "2", "--table", "ctm-1d-s4-k2", shortOne.toString()), 2,
                "table ctm-1d-s4-k2 is 1D; --dim 2 needs a 2D table");
        assertOneLineError(run("bdm", "--alphabet", "7", shortOne.toString()), 2, "ctm-1d-s4-k7");
        assertOneLineError(run("perturb", bad.toString()), 2, "bad.txt: line 2, column 3");
    }
}
