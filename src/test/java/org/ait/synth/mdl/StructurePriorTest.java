package org.ait.synth.mdl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.ait.synth.expr.Op;
import org.junit.jupiter.api.Test;

/**
 * Structure priors: the encoding by hand, the algorithmic prior of a short structure equal to the CTM value the
 * table gives its string, and regular structures cheaper than irregular ones of the same size.
 */
class StructurePriorTest {

    static final List<Op> OPS = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.SIN, Op.EXP);
    static final List<String> X = List.of("x", "y");

    @Test
    void encodingByHand() {
        // Tokens: + - * / sin exp (0-5), x y (6, 7), parameter 8: two base-4 digits each.
        Expr e = ExprParser.parse("x*sin(y)", X);
        assertArrayEquals(new byte[] {0, 2, 1, 2, 1, 0, 1, 3}, StructurePrior.encode(e, OPS, 2, 2));
    }

    @Test
    void shortStructuresCostTheirCtmValue() throws IOException {
        StructurePrior prior = StructurePrior.algorithmic(OPS, 2);
        CtmTable k4 = TableCatalog.load("ctm-1d-s4-k4");
        Expr e = ExprParser.parse("x*sin(y)", X);
        assertEquals(k4.complexity("02121013"), prior.bits(e), 1e-12);
        assertEquals(5 * Math.log(9) / Math.log(2), StructurePrior.size(OPS, 2).bits(ExprParser.parse("x*y + x", X)),
                1e-12);
    }

    @Test
    void regularStructuresAreCheaper() throws IOException {
        StructurePrior prior = StructurePrior.algorithmic(OPS, 2);
        double regular = prior.bits(ExprParser.parse("x*x*x*x*x*x", X));
        double irregular = prior.bits(ExprParser.parse("sin(x)/y - exp(y)*x + y", X));
        assertEquals(11, ExprParser.parse("x*x*x*x*x*x", X).size());
        assertEquals(11, ExprParser.parse("sin(x)/y - exp(y)*x + y", X).size());
        System.out.printf("prior bits: x*x*x*x*x*x %.1f, sin(x)/y - exp(y)*x + y %.1f%n", regular, irregular);
        assertTrue(regular < irregular - 5, regular + " vs " + irregular);
    }
}
