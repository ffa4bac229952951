package org.ait.synth.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Expressions: values against the same formulas written in Java, printing against hand-written expected strings,
 * and print-then-parse round trips on every formula of the Feynman and Nguyen suites.
 */
class ExprTest {

    static final List<String> XY = List.of("x1", "x2");

    static void assertSameValues(Expr e, DoubleBinaryOperator f, double lo, double hi) {
        Random r = new Random(1);
        for (int i = 0; i < 200; i++) {
            double a = lo + (hi - lo) * r.nextDouble();
            double b = lo + (hi - lo) * r.nextDouble();
            double want = f.applyAsDouble(a, b);
            double got = e.evaluate(new double[] {a, b}, new double[0]);
            assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), e.toSympy(XY, null) + " at " + a + ", " + b);
        }
    }

    @Test
    void nguyenFormulasEvaluateAsWrittenInJava() {
        assertSameValues(ExprParser.parse("x1^3 + x1^2 + x1", XY), (x, y) -> x * x * x + x * x + x, -1, 1);
        assertSameValues(ExprParser.parse("sin(x1^2)*cos(x1) - 1", XY),
                (x, y) -> Math.sin(x * x) * Math.cos(x) - 1, -1, 1);
        assertSameValues(ExprParser.parse("log(x1 + 1) + log(x1^2 + 1)", XY),
                (x, y) -> Math.log(x + 1) + Math.log(x * x + 1), 0, 2);
        assertSameValues(ExprParser.parse("2*sin(x1)*cos(x2)", XY), (x, y) -> 2 * Math.sin(x) * Math.cos(y), 0, 1);
        assertSameValues(ExprParser.parse("x1^x2", XY), Math::pow, 0, 1);
        assertSameValues(ExprParser.parse("x1^4 - x1^3 + x2^2/2 - x2", XY),
                (x, y) -> x * x * x * x - x * x * x + y * y / 2 - y, 0, 1);
        assertSameValues(ExprParser.parse("-x1**2", XY), (x, y) -> -(x * x), -1, 1);
        assertSameValues(ExprParser.parse("2**-x1", XY), (x, y) -> Math.pow(2, -x), -1, 1);
        assertSameValues(ExprParser.parse("x1**x2**2", XY), (x, y) -> Math.pow(x, y * y), 0.5, 2);
        assertSameValues(ExprParser.parse("exp(-x1)/sqrt(2*pi)", XY),
                (x, y) -> Math.exp(-x) / Math.sqrt(2 * Math.PI), -1, 1);
    }

    @Test
    void batchEvaluationEqualsRowEvaluation() {
        Expr e = ExprParser.parse("x1*sin(x2) + 3/x1 - 2**x2", XY);
        double[][] cols = {{0.5, 1.5, -2, 4}, {1, 0, 3, -1}};
        double[] out = new double[4];
        e.evaluate(cols, new double[0], out);
        for (int r = 0; r < 4; r++) {
            assertEquals(e.evaluate(new double[] {cols[0][r], cols[1][r]}, new double[0]), out[r], 0);
        }
    }

    @Test
    void printsWithTheParenthesesItNeeds() {
        Expr.Var a = new Expr.Var(0);
        Expr.Var b = new Expr.Var(1);
        Expr.Var c = new Expr.Var(2);
        List<String> abc = List.of("a", "b", "c");
        assertEquals("a - (b - c)", new Expr.Binary(Op.SUB, a, new Expr.Binary(Op.SUB, b, c)).toSympy(abc, null));
        assertEquals("a - b - c", new Expr.Binary(Op.SUB, new Expr.Binary(Op.SUB, a, b), c).toSympy(abc, null));
        assertEquals("a/(b*c)", new Expr.Binary(Op.DIV, a, new Expr.Binary(Op.MUL, b, c)).toSympy(abc, null)
                .replace(" ", ""));
        assertEquals("(a**b)**c", new Expr.Binary(Op.POW, new Expr.Binary(Op.POW, a, b), c).toSympy(abc, null));
        assertEquals("a**b**c", new Expr.Binary(Op.POW, a, new Expr.Binary(Op.POW, b, c)).toSympy(abc, null));
        assertEquals("-(a + b)", new Expr.Unary(Op.NEG, new Expr.Binary(Op.ADD, a, b)).toSympy(abc, null));
        assertEquals("(-a)**2", new Expr.Binary(Op.POW, new Expr.Unary(Op.NEG, a), Expr.Num.of(2)).toSympy(abc, null));
        assertEquals("(-2)**a", new Expr.Binary(Op.POW, Expr.Num.of(-2), a).toSympy(abc, null));
        assertEquals("a * (-1.5)", new Expr.Binary(Op.MUL, a, new Expr.Param(0)).toSympy(abc, new double[] {-1.5}));
        assertEquals("a + 1.5", new Expr.Binary(Op.SUB, a, new Expr.Param(0)).toSympy(abc, new double[] {-1.5}));
        assertEquals("a - 7/10", new Expr.Binary(Op.ADD, a, new Expr.Num(-0.7, "-7/10")).toSympy(abc, null));
        assertEquals("sqrt(a + b)", new Expr.Unary(Op.SQRT, new Expr.Binary(Op.ADD, a, b)).toSympy(abc, null));
        assertEquals("\\frac{a}{\\sqrt{b}}", new Expr.Binary(Op.DIV, a, new Expr.Unary(Op.SQRT, b)).toLatex(abc, null));
        assertEquals("\\theta_{1}^{2}", ExprParser.parse("theta_1**2", List.of("theta_1")).toLatex(List.of("theta_1"),
                null));
    }

    @Test
    void errorsNameThePosition() {
        org.ait.io.InputException e = assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("x1 + y", XY));
        assertTrue(e.getMessage().contains("position 6: unknown name 'y'"), e.getMessage());
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("sin x1", XY));
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("(x1 + 1", XY));
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("x1 +", XY));
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("x1 x2", XY));
    }

    @Test
    void operatorsByTheNamesUsersListThem() {
        assertEquals(List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW, Op.POW, Op.POW, Op.NEG, Op.SQRT, Op.LOG, Op.ASIN),
                java.util.stream.Stream.of("+", " - ", "*", "/", "**", "^", "pow", "neg", "sqrt", "ln", "arcsin")
                        .map(Op::named).toList());
        assertEquals(null, Op.named("frobnicate"));
    }

    @Test
    void aTreeDeeperThanTheLimitIsOneLineOfInputErrorNotAStackOverflow() {
        String deep = "(".repeat(100_000) + "x1" + ")".repeat(100_000);
        org.ait.io.InputException e = assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse(deep, XY));
        assertTrue(e.getMessage().contains("deeper than " + ExprParser.MAX_DEPTH + " levels"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("-".repeat(100_000) + "x1", XY));
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("sin(".repeat(1000) + "x1"
                + ")".repeat(1000), XY));
        // A chain is as deep as it is long: 100,000 terms would overflow the stack of whatever walks the tree.
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("x1+".repeat(100_000) + "x1", XY));
        assertThrows(org.ait.io.InputException.class, () -> ExprParser.parse("x1*".repeat(100_000) + "x1", XY));
        // Just inside the limit parses, prints and means what it says.
        String nested = "(".repeat(ExprParser.MAX_DEPTH - 2) + "x1" + ")".repeat(ExprParser.MAX_DEPTH - 2);
        assertSameValues(ExprParser.parse(nested, XY), (x, y) -> x, -1, 1);
        Expr chain = ExprParser.parse("x1+".repeat(ExprParser.MAX_DEPTH - 2) + "x1", XY);
        assertSameValues(chain, (x, y) -> (ExprParser.MAX_DEPTH - 1) * x, -1, 1);
        assertTrue(chain.toString().length() > 0);
    }

    /** Every Feynman formula: printed, parsed back, the same values at 50 random points of its ranges. */
    @Test
    void feynmanFormulasSurviveAPrintParseRoundTrip() throws IOException {
        Path file = Path.of("datasets", "sr", "feynman.csv");
        List<String> lines = Files.readAllLines(file);
        int checked = 0;
        Random rnd = new Random(7);
        for (String line : lines.subList(1, lines.size())) {
            // id,formula,"var:[lo,hi]; ..."
            int q = line.indexOf(",\"");
            String formula = line.substring(line.indexOf(',') + 1, q);
            String vars = line.substring(q + 2, line.length() - 1);
            List<String> names = ExprParser.variableNames(vars);
            Expr e = ExprParser.parse(formula.substring(formula.indexOf('=') + 1), names);
            Expr back = ExprParser.parse(e.toSympy(names, null), names);
            String[] ranges = vars.split(";");
            for (int i = 0; i < 50; i++) {
                double[] row = new double[names.size()];
                for (int v = 0; v < row.length; v++) {
                    String range = ranges[v].substring(ranges[v].indexOf('[') + 1, ranges[v].indexOf(']'));
                    double lo = Double.parseDouble(range.split(",")[0]);
                    double hi = Double.parseDouble(range.split(",")[1]);
                    row[v] = lo + (hi - lo) * rnd.nextDouble();
                }
                double want = e.evaluate(row, null);
                assertEquals(want, back.evaluate(row, null), 1e-12 * Math.max(1, Math.abs(want)), formula);
            }
            checked++;
        }
        assertEquals(100, checked);
    }
}
