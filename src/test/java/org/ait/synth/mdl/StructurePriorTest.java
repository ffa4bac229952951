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
        // Tokens: + - * / sin exp (0-5), x y (6, 7), parameter 8, POW 9, REF 10: two base-4 digits each.
        StructureCode code = new StructureCode(OPS, 2);
        // Products in canonical order: sin(y) (tokens 4 7, digits 10 13) sorts before x (6, digits 12).
        assertArrayEquals(new byte[] {0, 2, 1, 0, 1, 3, 1, 2}, code.encode(ExprParser.parse("x*sin(y)", X)));
        // x*x*x*x: POW, exponent 4 - 2, x.
        assertArrayEquals(new byte[] {2, 1, 0, 2, 1, 2}, code.encode(ExprParser.parse("x*x*x*x", X)));
        // sin(x + y) * (x + y): the sum (3 nodes) sorts first and is written (+ x y); sin's argument refers to it
        // as shared subtree 0 (REF 0).
        assertArrayEquals(new byte[] {0, 2, 0, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 0},
                code.encode(ExprParser.parse("sin(x + y) * (x + y)", X)));
    }

    @Test
    void shortStructuresCostTheirCtmValue() throws IOException {
        StructurePrior prior = StructurePrior.algorithmic(OPS, 2);
        CtmTable k4 = TableCatalog.load("ctm-1d-s4-k4");
        Expr e = ExprParser.parse("x*sin(y)", X);
        assertEquals(k4.complexity("02101312"), prior.bits(e), 1e-12);
        assertEquals(5 * Math.log(9) / Math.log(2), StructurePrior.size(OPS, 2).bits(ExprParser.parse("x*y + x", X)),
                1e-12);
    }

    @Test
    void sumsAndProductsInAnyOrderHaveOneCode() throws IOException {
        StructureCode code = new StructureCode(OPS, 2);
        assertArrayEquals(code.encode(ExprParser.parse("(x + sin(y)) * y * x", X)),
                code.encode(ExprParser.parse("x * (y * (sin(y) + x))", X)));
    }

    /**
     * The code is a description: distinct functions get distinct codes. Every structure of up to 5 nodes that the
     * enumerator lists (one per function on its probe rows) over two variables.
     */
    @Test
    void distinctStructuresHaveDistinctCodes() {
        List<Op> ops = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.SIN, Op.EXP);
        StructureCode code = new StructureCode(ops, 2);
        double[][] probes = new double[2][16];
        java.util.Random r = new java.util.Random(3);
        for (double[] p : probes) {
            for (int i = 0; i < p.length; i++) {
                p[i] = 0.5 + 2 * r.nextDouble();
            }
        }
        org.ait.synth.expr.StructureEnumerator en = new org.ait.synth.expr.StructureEnumerator(ops, 2, probes);
        java.util.Map<String, Expr> seen = new java.util.HashMap<>();
        int listed = 0;
        for (int size = 1; size <= 5; size++) {
            for (Expr e : en.next(Long.MAX_VALUE, Long.MAX_VALUE).structures()) {
                Expr before = seen.put(java.util.Arrays.toString(code.encode(e)), e);
                assertEquals(null, before, e + " and " + before + " share a code");
                listed++;
            }
        }
        assertTrue(listed > 500, listed + " structures");
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
