package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.ait.io.Json;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ait fit}: the JSON contract of the CLI spec, a law recovered from a CSV, and one-line errors. */
class FitCliTest {

    static Path csv(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void findsTheLawAndWritesTheResult(@TempDir Path dir) throws IOException {
        StringBuilder s = new StringBuilder("mass,velocity,noise,energy\n");
        Random r = new Random(4);
        for (int i = 0; i < 40; i++) {
            double m = 1 + 4 * r.nextDouble();
            double v = 1 + 2 * r.nextDouble();
            s.append(m).append(',').append(v).append(',').append(r.nextDouble()).append(',').append(0.5 * m * v * v)
                    .append('\n');
        }
        Path data = csv(dir, "kinetic.csv", s.toString());
        Path out = dir.resolve("result.json");
        Cli.Run run = run("fit", data.toString(), "--target", "energy", "--max-size", "7", "--time", "60",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("energy = "), run.out());
        JsonNode doc = Json.mapper().readTree(out.toFile());
        JsonNode model = doc.get("model");
        for (String field : List.of("expression", "latex", "loss", "complexity", "description_length_bits")) {
            assertTrue(model.has(field), field);
        }
        assertTrue(doc.get("front").size() >= 1);
        // The law fits exactly, so the exhaustive phase stops after the sizes it always completes.
        String search = doc.get("provenance").get("search").asText();
        assertTrue(search.startsWith("all structures of size <= 4 were evaluated; stopped there"), search);
        assertTrue(search.contains("term regression proposed"), search);
        // The printed expression parses (sympy syntax, column names) and is the law.
        List<String> names = List.of("mass", "velocity", "noise");
        Expr e = ExprParser.parse(model.get("expression").asText(), names);
        for (double[] p : new double[][] {{2, 3, 0.1}, {4.5, 1.2, 0.9}}) {
            assertEquals(0.5 * p[0] * p[1] * p[1], e.evaluate(p, null), 1e-6, model.get("expression").asText());
        }
        assertTrue(model.get("test_r2").asDouble() > 0.999999);
        // Same seed, one thread: the same model and front.
        Path out1 = dir.resolve("result1.json");
        Cli.Run one = run("fit", data.toString(), "--target", "energy", "--max-size", "7", "--time", "60",
                "--threads", "1", "--out", out1.toString());
        assertEquals(0, one.code(), one.err());
        JsonNode doc1 = Json.mapper().readTree(out1.toFile());
        assertEquals(model.get("expression").asText(), doc1.get("model").get("expression").asText());
        assertEquals(doc.get("front").toString(), doc1.get("front").toString());
    }

    /** Rows of weight 0 are gross errors: with --weights the law comes out, and the weights column is no input. */
    @Test
    void weightsSilenceBadRows(@TempDir Path dir) throws IOException {
        StringBuilder s = new StringBuilder("x,z,w,y\n");
        Random r = new Random(6);
        for (int i = 0; i < 60; i++) {
            double x = 1 + 3 * r.nextDouble();
            double z = 1 + 3 * r.nextDouble();
            boolean bad = i % 10 == 3;
            s.append(x).append(',').append(z).append(',').append(bad ? 0 : 1).append(',')
                    .append(bad ? 100 * r.nextDouble() : x * z + 2).append('\n');
        }
        Path data = csv(dir, "w.csv", s.toString());
        Path out = dir.resolve("w.json");
        Cli.Run run = run("fit", data.toString(), "--target", "y", "--weights", "w", "--max-size", "5",
                "--time", "60", "--quiet", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode doc = Json.mapper().readTree(out.toFile());
        assertEquals(List.of("x", "z"), List.of(doc.get("provenance").get("inputs").get(0).asText(),
                doc.get("provenance").get("inputs").get(1).asText()));
        Expr e = ExprParser.parse(doc.get("model").get("expression").asText(), List.of("x", "z"));
        assertEquals(3.5 * 1.5 + 2, e.evaluate(new double[] {3.5, 1.5}, null), 1e-6, doc.get("model").toString());
        assertOneLineError(run("fit", data.toString(), "--target", "y", "--weights", "y"), 2,
                "the weights column cannot be the target");
        assertOneLineError(run("fit", csv(dir, "neg.csv", "x,w,y\n1,1,2\n2,-1,4\n3,1,6\n4,1,8\n").toString(),
                "--target", "y", "--weights", "w"), 2, "row 3, column 'w': weight -1.0 is negative");
    }

    @Test
    void badInputGetsOneLine(@TempDir Path dir) throws IOException {
        Path good = csv(dir, "g.csv", "x,y\n1,2\n2,4\n3,6\n4,8\n5,10\n");
        assertOneLineError(run("fit", good.toString(), "--target", "z"), 2, "no column 'z' (columns: x, y)");
        assertOneLineError(run("fit", csv(dir, "c.csv", "x,y\n1,2\n2,2\n3,2\n4,2\n").toString(), "--target", "y"), 2,
                "target 'y' is constant");
        assertOneLineError(run("fit", csv(dir, "n.csv", "x,y\n1,2\n2,abc\n").toString(), "--target", "y"), 2,
                "row 3, column 'y': 'abc' is not a number");
        assertOneLineError(run("fit", csv(dir, "nan.csv", "x,y\n1,2\n2,NaN\n").toString(), "--target", "y"), 2,
                "missing value 'NaN'");
        assertOneLineError(run("fit", csv(dir, "e.csv", "").toString(), "--target", "y"), 2, "empty file");
        assertOneLineError(run("fit", csv(dir, "f.csv", "x,y\n1,2\n2,3\n").toString(), "--target", "y"), 2,
                "too few to fit and test a model");
        assertOneLineError(run("fit", csv(dir, "o.csv", "y\n1\n2\n3\n4\n").toString(), "--target", "y"), 2,
                "no input columns");
        assertOneLineError(run("fit", good.toString(), "--target", "y", "--operators", "+,foo"), 2,
                "unknown operator 'foo'");
        assertOneLineError(run("fit", dir.resolve("missing.csv").toString(), "--target", "y"), 2, "no such file");
        assertOneLineError(run("fit", good.toString(), "--target", "y", "--prior", "uniform"), 2,
                "--prior must be algorithmic or size");
        assertOneLineError(run("fit", good.toString(), "--target", "y", "--resume"), 2,
                "--resume needs --checkpoint FILE");
        assertOneLineError(run("fit", good.toString(), "--target", "y", "--resume", "--checkpoint",
                csv(dir, "not-a-checkpoint.json", "{\"a\": 1}").toString()), 2, "not a fit checkpoint");
    }
}
