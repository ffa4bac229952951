package org.ait.synth.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.StructurePrior;
import org.junit.jupiter.api.Test;

/** Exact constants: the candidates near a value, simplest first, and snapping in a search. */
class ConstantSnapperTest {

    static List<String> texts(double v) {
        return ConstantSnapper.candidates(v).stream().map(Expr.Num::text).toList();
    }

    @Test
    void candidatesNearAValueSimplestFirst() {
        assertEquals("5", texts(4.99997).get(0));
        assertTrue(texts(0.33334).contains("1/3"), texts(0.33334).toString());
        assertEquals("pi", texts(3.14159).get(0), texts(3.14159).toString());
        assertTrue(texts(-1.5708).contains("-pi/2"), texts(-1.5708).toString());
        assertTrue(texts(0.0).contains("0"));
        assertTrue(texts(7.3).stream().noneMatch(t -> t.equals("7")), "7 is 4% away from 7.3");
        assertTrue(texts(2.71).contains("0"), "zero is always tried");
        for (Expr.Num n : ConstantSnapper.candidates(2.71)) {
            if (n.value() == 0) {
                continue;
            }
            assertEquals(2.71, n.value(), 0.02 * 2.71, n.text());
            // The text evaluates to the value.
            assertEquals(n.value(), ExprParser.parse(n.text(), List.of()).evaluate(new double[0], null), 1e-12);
        }
    }

    @Test
    void aSearchReturnsExactConstants() throws Exception {
        List<Op> ops = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.SIN, Op.EXP);
        double[][] d = SymbolicRegressionTest.data((x, y) -> 2.5 * x + 1 / 3.0 * y, 60, 0, 3);
        SymbolicRegression.Result r = new SymbolicRegression(ops, StructurePrior.algorithmic(ops, 2)).maxSize(7)
                .seconds(120).seed(1).threads(2).fit(new double[][] {d[0], d[1]}, d[2]);
        String found = r.best().sympy(SymbolicRegressionTest.XY);
        System.out.println("snapped: " + found);
        assertTrue(!found.matches(".*\\d\\.\\d.*"), "no decimals left: " + found);
        SymbolicRegressionTest.assertSameFunction(r.best(), (x, y) -> 2.5 * x + y / 3);
    }
}
