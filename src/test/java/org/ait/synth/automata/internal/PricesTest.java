package org.ait.synth.automata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.mdl.ProgramPrior;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Program prices against the shipped tables looked up directly: a rule costs the CTM of its table written as
 * Wolfram writes it (rule 30 is 00011110), an initial row the CTM of its observed cells; the plain prior the lengths
 * of uniform choices worked out by hand.
 */
class PricesTest {

    private static final UniformRandomProvider RNG = RandomSource.XO_RO_SHI_RO_128_PP.create(5);

    @Test
    void elementaryRulesCostTheCtmOfTheirTable() throws IOException {
        CtmTable d5 = TableCatalog.load("ctm-1d-s5-k2");
        double[] bits = Prices.ruleBits(RuleFamily.ELEMENTARY, ProgramPrior.ALGORITHMIC);
        for (int rule = 0; rule < 256; rule++) {
            String wolfram = String.format("%8s", Integer.toBinaryString(rule)).replace(' ', '0');
            assertEquals(d5.complexity(wolfram), bits[rule], 1e-9, "rule " + rule);
        }
        assertEquals(d5.complexity("00011110"), bits[30], 1e-9);
        String sixBits = "010100";
        assertEquals(d5.complexity(sixBits),
                Prices.ruleBits(RuleFamily.totalistic(2, 2), ProgramPrior.ALGORITHMIC)[Integer.parseInt(sixBits, 2)],
                1e-9);
    }

    @Test
    void threeColourRulesCostTheirTernaryTableUnderTheFourSymbolTable() throws IOException {
        CtmTable k4 = TableCatalog.load("ctm-1d-s4-k4");
        RuleFamily f = RuleFamily.totalistic(1, 3);
        double[] bits = Prices.ruleBits(f, ProgramPrior.ALGORITHMIC);
        for (int i = 0; i < 200; i++) {
            int code = RNG.nextInt(f.rules());
            String ternary = String.format("%7s", Integer.toString(code, 3)).replace(' ', '0');
            assertEquals(k4.complexity(ternary), bits[code], 1e-9, "code " + code);
        }
    }

    @Test
    void lifeLikeRulesCostTheBdmOfEighteenBits() throws IOException {
        CtmTable d5 = TableCatalog.load("ctm-1d-s5-k2");
        double[] bits = Prices.ruleBits(RuleFamily.LIFE_LIKE, ProgramPrior.ALGORITHMIC);
        for (int i = 0; i < 200; i++) {
            int rule = RNG.nextInt(1 << 18);
            String table = String.format("%18s", Integer.toBinaryString(rule)).replace(' ', '0');
            assertEquals(d5.complexity(table.substring(0, 12)) + d5.complexity(table.substring(12)), bits[rule], 1e-9);
        }
    }

    @Test
    void initialRowsCostTheCtmOfTheirObservedCells() throws IOException {
        CtmTable d5 = TableCatalog.load("ctm-1d-s5-k2");
        byte[] row = {0, 1, 1, Diagram.MISSING, 0, 1, 0, 0, 0, 1, 1, 1, 0};
        CaProgram p = new CaProgram(RuleFamily.ELEMENTARY, 30, Boundary.CYCLIC, row.length, row);
        assertEquals(d5.complexity("011010001110"), Prices.initialBits(p, ProgramPrior.ALGORITHMIC), 1e-9);
        assertEquals(12, Prices.initialBits(p, ProgramPrior.SIZE), 1e-12);
    }

    @Test
    void plainPricesAreUniformChoices() {
        // Tags: family a choice of 3 (2 bits), radius - 1 and colours - 2 as Elias naturals (0: 1 bit, 1: 4 bits);
        // boundary a choice of 3 (2 bits).
        assertEquals(4, Prices.headerBits(RuleFamily.ELEMENTARY));
        assertEquals(2 + 4 + 1 + 2, Prices.headerBits(RuleFamily.totalistic(2, 2)));
        assertEquals(2 + 1 + 4 + 2, Prices.headerBits(RuleFamily.totalistic(1, 3)));
        assertEquals(8, Prices.ruleBits(RuleFamily.ELEMENTARY, ProgramPrior.SIZE)[77]);
        assertEquals(12, Prices.ruleBits(RuleFamily.totalistic(1, 3), ProgramPrior.SIZE)[5]);
        assertEquals(18, Prices.ruleBits(RuleFamily.LIFE_LIKE, ProgramPrior.SIZE)[5]);
        byte[] row = {0, 1, 2, 2, 1};
        CaProgram p = new CaProgram(RuleFamily.totalistic(1, 3), 7, Boundary.ZERO, 5, row);
        assertEquals(10, Prices.initialBits(p, ProgramPrior.SIZE), 1e-12);
        // The whole plain code: tag 2 + 1 + 4, boundary 2, rule 12, five cells of 2 bits.
        assertEquals(7 + 2 + 12 + 10, p.encode(new BitCode()).length());
    }
}
