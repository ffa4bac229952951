package org.ait.fuzz;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ait.bdm.SymbolReader;
import org.ait.io.CsvOptions;
import org.ait.io.NumericCsv;
import org.ait.synth.automata.DiagramReader;
import org.ait.synth.expr.ExprParser;
import org.ait.synth.sequence.SequenceInput;

/** Text readers: CSV, symbol files, sequences, diagrams, formulas. 10,000 cases each. */
class TextReadersFuzzTest {

    static final int TRIES = 10_000;

    @Property(tries = TRIES)
    void csv(@ForAll long seed) {
        String valid = "\uFEFFx,\"y, z\",w\n1,2.5,-3e2\n4,NA,6\n\"7\",8,9\n";
        String text = Fuzz.input(seed, valid, "x,;\t\"\n\r 0123456789.eE+-NA\uFEFF\u00e9a");
        CsvOptions options = seed % 3 == 0 ? CsvOptions.DEFAULTS.withMissing(CsvOptions.MissingCells.DROP_ROW)
                : seed % 3 == 1 ? CsvOptions.DEFAULTS.withMaxRows(2, seed) : CsvOptions.DEFAULTS;
        Fuzz.readOrRefuse(text, () -> NumericCsv.read(new StringReader(text), "f.csv", options));
    }

    @Property(tries = TRIES)
    void symbolFiles(@ForAll long seed) {
        String valid = seed % 2 == 0 ? "0110 1001\n11100\n" : "0101\n1010\n0011\n";
        String text = Fuzz.input(seed, valid, "01 \n\r\t2a9fg-\u00e9");
        int dim = seed % 2 == 0 ? 1 : 2;
        int k = 2 + (int) Math.floorMod(seed, 15L);
        Fuzz.readOrRefuse(text, () -> SymbolReader.read(new ByteArrayInputStream(text.getBytes(
                StandardCharsets.UTF_8)), "s.txt", dim, k));
    }

    @Property(tries = TRIES)
    void sequenceText(@ForAll long seed) {
        String valid = seed % 2 == 0 ? "1, 1, 2, 3, 5, 8, 13, 21" : "0110100110010110";
        String text = Fuzz.input(seed, valid, "0123456789, -\n\tabcdef.?x99999999999999999999");
        Fuzz.readOrRefuse(text, () -> {
            SequenceInput.Kind kind = SequenceInput.guess(text);
            if (kind != SequenceInput.Kind.DIAGRAM) {
                SequenceInput.parse(text, kind, "--sequence");
            }
        });
    }

    @Property(tries = TRIES)
    void diagrams(@ForAll long seed) {
        String valid = "0010100\n0101010\n1000001\n\n0010100\n0101010\n1000001\n";
        String text = Fuzz.input(seed, valid, "01\n .?2a");
        Fuzz.readOrRefuse(text, () -> {
            if (SequenceInput.frames(text)) {
                DiagramReader.frames(text);
            } else {
                DiagramReader.rows(text);
            }
        });
    }

    @Property(tries = TRIES)
    void modelExpressions(@ForAll long seed) {
        String valid = "sqrt(m_0**2 + v*x) / (1 - exp(-x)) + 2.5e-3*pi";
        String text = Fuzz.input(seed, valid, "()+-*/^.e0123456789xvm_ sqrtexplogpi,");
        Fuzz.readOrRefuse(text, () -> ExprParser.parse(text, List.of("x", "v", "m_0")));
    }
}
