package org.ait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ait.io.Json;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input case of the README's table "What your files and mistakes meet", one test each. */
class InputCasesCliTest {

    static final String[] FAST = {"--time", "5", "--threads", "1", "--max-size", "5", "--quiet"};

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Cli.Run fit(Path data, String... more) {
        String[] args = new String[2 + FAST.length + more.length];
        args[0] = "fit";
        args[1] = data.toString();
        System.arraycopy(FAST, 0, args, 2, FAST.length);
        System.arraycopy(more, 0, args, 2 + FAST.length, more.length);
        return Cli.run(args);
    }

    static void assertOneLine(Cli.Run r, String fragment) {
        assertEquals(2, r.code(), () -> "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), () -> "one line expected: " + err);
        assertTrue(err.startsWith("ait: ") && err.contains(fragment), () -> "'" + fragment + "' expected in: " + err);
        assertFalse(err.contains("Exception"), err);
    }

    /** y = 2x on eight rows, with the given delimiter and decimal separator. */
    static String twiceX(String header, char delimiter, boolean decimalComma) {
        StringBuilder s = new StringBuilder(header).append('\n');
        for (int i = 1; i <= 8; i++) {
            String x = i + (decimalComma ? ",5" : ".5");
            String y = (2 * i + 1) + (decimalComma ? ",0" : ".0");
            s.append(x).append(delimiter).append(y).append('\n');
        }
        return s.toString();
    }

    /** The printed model, parsed back with the given symbols, at a few points. */
    static void assertTwiceX(String expression, List<String> names) {
        Expr e = ExprParser.parse(expression, names);
        for (double x : new double[] {0.3, 2, 7.5}) {
            assertEquals(2 * x, e.evaluate(new double[] {x}, null), 1e-9, expression);
        }
    }

    @Test
    void aByteOrderMarkIsNoPartOfAName(@TempDir Path dir) throws IOException {
        byte[] text = twiceX("x,y", ',', false).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        Cli.Run r = fit(write(dir, "bom.csv", bom), "--target", "y");
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElseThrow();
        assertFalse(first.contains("\uFEFF"), first);
        assertEquals("y = 2 * x", first, "x + x is printed 2*x");
    }

    @Test
    void aSemicolonFileWithDecimalCommasIsDetectedAndSaidSo(@TempDir Path dir) throws IOException {
        Cli.Run r = fit(write(dir, "semi.csv", twiceX("x;y", ';', true)), "--target", "y");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("data: delimiter ';', decimal comma"), r.out());
        assertTwiceX(r.out().lines().findFirst().orElseThrow().substring("y = ".length()), List.of("x"));
    }

    @Test
    void aTabFileIsDetectedAndADelimiterCanBeGiven(@TempDir Path dir) throws IOException {
        Path tsv = write(dir, "t.tsv", twiceX("x\ty", '\t', false));
        Cli.Run detected = fit(tsv, "--target", "y");
        assertEquals(0, detected.code(), detected.err());
        assertTrue(detected.out().contains("data: delimiter tab"), detected.out());
        Cli.Run given = fit(tsv, "--target", "y", "--delimiter", "tab");
        assertEquals(detected.out().lines().findFirst(), given.out().lines().findFirst());
        assertOneLine(fit(tsv, "--target", "y", "--delimiter", "|"), "--delimiter must be ',', ';' or tab");
        // A comma given for a semicolon file: one column named 'x;y', and the message says what to do.
        assertOneLine(fit(write(dir, "s.csv", twiceX("x;y", ';', false)), "--target", "y", "--delimiter", ","),
                "row 2, column 'x;y': '1.5;3.0' is not a number (fields separated by ';'? try --delimiter ;)");
    }

    @Test
    void quotedFieldsHoldDelimitersAndQuotes(@TempDir Path dir) throws IOException {
        StringBuilder s = new StringBuilder("\"length, \"\"cm\"\"\",\"y\"\n");
        for (int i = 1; i <= 8; i++) {
            s.append('"').append(i).append("\",").append(2 * i).append('\n');
        }
        Cli.Run r = fit(write(dir, "q.csv", s.toString()), "--target", "y", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out());
        assertEquals("length, \"cm\"", doc.get("provenance").get("symbols").get("length_cm").asText());
        assertTwiceX(doc.get("model").get("expression").asText(), List.of("length_cm"));
        assertOneLine(fit(write(dir, "open.csv", "x,y\n\"1,2\n3,4\n"), "--target", "y"), "row 2: a quoted field never closes");
    }

    @Test
    void namesWithSpacesAndUnitsBecomeSymbolsAndArePrintedBack(@TempDir Path dir) throws IOException {
        Path data = write(dir, "units.csv", twiceX("length (cm),2 y [m/s]", ',', false));
        Cli.Run r = fit(data, "--target", "2 y [m/s]");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("x_2_y_m_s = "), lines.get(0));
        assertEquals("  where length_cm is 'length (cm)', x_2_y_m_s is '2 y [m/s]'", lines.get(1));
        assertTwiceX(lines.get(0).substring("x_2_y_m_s = ".length()), List.of("length_cm"));
        // The symbol names the column too.
        assertEquals(0, fit(data, "--target", "x_2_y_m_s").code());
    }

    @Test
    void aMissingCellNamesRowAndColumnUnlessIncompleteRowsAreDropped(@TempDir Path dir) throws IOException {
        String text = twiceX("x,y", ',', false).replace("3.5,7.0", "3.5,").replace("5.5,11.0", "NA,11.0");
        Path data = write(dir, "gaps.csv", text);
        assertOneLine(fit(data, "--target", "y"), "row 4, column 'y': missing value (--drop-missing drops incomplete rows)");
        Cli.Run r = fit(data, "--target", "y", "--drop-missing", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode csv = Json.mapper().readTree(r.out()).get("provenance").get("csv");
        assertEquals(8, csv.get("data_rows").asInt());
        assertEquals(2, csv.get("dropped_rows").asInt());
        assertEquals(6, Json.mapper().readTree(r.out()).get("provenance").get("rows").asInt());
        Cli.Run text2 = fit(data, "--target", "y", "--drop-missing");
        assertTrue(text2.out().contains("data: 2 of 8 rows dropped for a missing value"), text2.out());
    }

    @Test
    void aFileLargerThanMaxRowsIsSampledAndSaidSo(@TempDir Path dir) throws IOException {
        StringBuilder s = new StringBuilder("x,y\n");
        for (int i = 0; i < 500; i++) {
            s.append(i * 0.01).append(',').append(i * 0.02).append('\n');
        }
        Cli.Run r = fit(write(dir, "big.csv", s.toString()), "--target", "y", "--max-rows", "50");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("data: a seeded sample of 50 of 500 rows used"), r.out());
        assertTwiceX(r.out().lines().findFirst().orElseThrow().substring("y = ".length()), List.of("x"));
    }

    @Test
    void otherBadFilesGetOneLine(@TempDir Path dir) throws IOException {
        assertOneLine(fit(write(dir, "latin1.csv", new byte[] {'x', ',', 'y', '\n', (byte) 0xE9, ',', '1', '\n'}),
                "--target", "y"), "not UTF-8 text");
        assertOneLine(fit(write(dir, "ragged.csv", "x,y\n1,2\n3\n"), "--target", "y"), "row 3 has 1 cells, the header has 2");
        assertOneLine(fit(dir, "--target", "y"), "a directory, not a CSV file");
        assertOneLine(fit(write(dir, "t.csv", twiceX("x,y", ',', false)), "--target", "y", "--plot", "p.gif"),
                "--plot: 'p.gif' must end in .png or .svg");
    }

    @Test
    void aForeignCheckpointIsBadInput(@TempDir Path dir) throws IOException {
        Path data = write(dir, "d.csv", twiceX("x,y", ',', false));
        Path table = write(dir, "t.ckpt", new byte[] {1, 2, 3, 4});
        assertOneLine(fit(data, "--target", "y", "--checkpoint", table.toString(), "--resume"), "not a fit checkpoint");
        Path ckpt = dir.resolve("fit.ckpt");
        assertEquals(0, fit(data, "--target", "y", "--checkpoint", ckpt.toString()).code());
        // A checkpoint of this data, resumed against other data, is refused.
        Path other = write(dir, "o.csv", twiceX("x,y", ',', false).replace("3.5,7.0", "3.5,7.5"));
        assertTrue(Files.exists(ckpt), "a fit keeps its checkpoint");
        assertOneLine(fit(other, "--target", "y", "--checkpoint", ckpt.toString(), "--resume"),
                "a checkpoint of another search");
    }

    /** A command with a bug: it throws what it is given. */
    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        private final RuntimeException bug;

        Boom(RuntimeException bug) {
            this.bug = bug;
        }

        @Override
        public Integer call() {
            throw bug;
        }
    }

    @Test
    void aBugInsideACommandIsAnInternalErrorNotBadInput() {
        Cli.Run r = Cli.runWith("boom", new Boom(new IllegalStateException("deliberate")), "boom");
        assertEquals(Main.EXIT_INTERNAL, r.code());
        assertEquals("ait: internal error: java.lang.IllegalStateException: deliberate (rerun with --debug for the stack"
                + " trace)", r.err().strip());
        // An IllegalArgumentException from a library is a bug too: only InputException is the user's.
        Cli.Run iae = Cli.runWith("boom", new Boom(new IllegalArgumentException("a library precondition")), "boom");
        assertEquals(Main.EXIT_INTERNAL, iae.code());
        Cli.Run debug = Cli.runWith("boom", new Boom(new IllegalStateException("deliberate")), "--debug", "boom");
        assertEquals(Main.EXIT_INTERNAL, debug.code());
        assertTrue(debug.err().contains("at org.ait.cli.InputCasesCliTest"), debug.err());
    }

    @Test
    void plotsArePngOrSvgAndWrittenWhole(@TempDir Path dir) throws IOException {
        Path data = write(dir, "d.csv", twiceX("x,y", ',', false));
        Path png = dir.resolve("fit.png");
        assertEquals(0, fit(data, "--target", "y", "--plot", png.toString()).code());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(3 * 520, image.getWidth(), "three panels");
        Path svg = dir.resolve("fit.svg");
        assertEquals(0, fit(data, "--target", "y", "--plot", svg.toString()).code());
        String doc = Files.readString(svg);
        assertTrue(doc.startsWith("<?xml") || doc.startsWith("<svg"), doc.substring(0, 40));
        assertTrue(doc.contains("Pareto front") && doc.contains("Residuals"), "panel titles in the SVG");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
