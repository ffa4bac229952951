package org.ait.synth.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimplifierTest {

    static final List<String> XY = List.of("x", "y");

    static String printed(String formula, double... params) {
        return Simplifier.simplify(ExprParser.parse(formula, XY), params).toSympy(XY, null);
    }

    @Test
    void freeSimplificationsHaveKnownAnswers() {
        assertEquals("2 * x", printed("x + x"));
        assertEquals("x", printed("1 * x"));
        assertEquals("x", printed("x * 1"));
        assertEquals("x", printed("x + 0"));
        assertEquals("x", printed("-(-x)"));
        assertEquals("6", printed("2 * 3"));
        assertEquals("3/2", printed("3 / 2"));
        assertEquals("2 * x", printed("3 * x - x"));
        assertEquals("5 * y", printed("2 * y + 3 * y"));
        assertEquals("x**2", printed("x * x"));
        assertEquals("6 * x", printed("2 * (3 * x)"));
        assertEquals("0", printed("x - x"));
        assertEquals("sin(x)", printed("sin(x)**1"));
        // Signs and powers as a reader writes them.
        assertEquals("-x", printed("-1 * x"));
        assertEquals("-x * y", printed("x * y / -1"));
        assertEquals("y - x", printed("y + -1 * x"));
        assertEquals("y - 2 * x", printed("y + -2 * x"));
        assertEquals("x**4", printed("(x**2)**2"));
        assertEquals("x**3", printed("x * x**2"));
        assertEquals("(1/2) * y**2 - y + x**4 - x**3", printed("-1 * y + (1/2) * y**2 + (x**2)**2 + -1 * x * x**2"));
        // Exact numbers stay exact.
        assertEquals("sqrt(2) * x", printed("sqrt(2) * x"));
        assertEquals("pi * x", printed("pi * x"));
        // Fitted parameters are values and fold.
        Expr p = new Expr.Binary(Op.MUL, new Expr.Binary(Op.MUL, new Expr.Param(0), new Expr.Param(1)), new Expr.Var(0));
        assertEquals("7.5 * x", Simplifier.simplify(p, new double[] {2.5, 3}).toSympy(XY, null));
        Expr q = new Expr.Binary(Op.ADD, new Expr.Var(0), new Expr.Param(0));
        assertEquals("x - 1.25", Simplifier.simplify(q, new double[] {-1.25}).toSympy(XY, null));
    }

    /** Random trees: the simplified print parses back to the same function, and has no more nodes. */
    @Test
    void simplifiedModelsAreTheSameFunction() {
        Random r = new Random(7);
        Op[] binary = {Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW};
        Op[] unary = {Op.NEG, Op.SIN, Op.EXP, Op.SQRT};
        for (int t = 0; t < 3000; t++) {
            Expr e = random(r, binary, unary, 4);
            double[] params = {r.nextInt(5) - 2 + (r.nextBoolean() ? 0 : 0.25), 1, 0};
            String before = e.toSympy(XY, params);
            String after = Simplifier.simplify(e, params).toSympy(XY, null);
            Expr back = ExprParser.parse(after, XY);
            for (int k = 0; k < 5; k++) {
                double[] row = {0.3 + 2 * r.nextDouble(), 0.3 + 2 * r.nextDouble()};
                double want = e.evaluate(row, params);
                double got = back.evaluate(row, null);
                if (Double.isFinite(want) && Math.abs(want) < 1e6) {
                    assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), before + " -> " + after);
                }
            }
            assertTrue(Simplifier.simplify(e, params).size() <= e.size(), before + " -> " + after);
        }
    }

    static Expr random(Random r, Op[] binary, Op[] unary, int depth) {
        int kind = depth == 0 ? r.nextInt(3) : r.nextInt(6);
        return switch (kind) {
            case 0 -> new Expr.Var(r.nextInt(2));
            case 1 -> new Expr.Param(r.nextInt(3));
            case 2 -> Expr.Num.of(r.nextInt(4));
            case 3 -> new Expr.Unary(unary[r.nextInt(unary.length)], random(r, binary, unary, depth - 1));
            default -> {
                Expr a = random(r, binary, unary, depth - 1);
                yield new Expr.Binary(binary[r.nextInt(binary.length)], a, r.nextInt(4) == 0 ? a
                        : random(r, binary, unary, depth - 1));
            }
        };
    }
}
