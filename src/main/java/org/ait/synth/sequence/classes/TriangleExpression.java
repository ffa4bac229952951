package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.SequenceProgram;

/**
 * A triangle read by rows, T(n, k) = f(n, k) for 0 <= k <= n (or 1 <= k <= n with {@code offset} 1), f an integer
 * expression of the expression engine (variable 0 is n, variable 1 is k). Coded as the offset and the expression's
 * prefix tokens over the grammar of {@link ExpressionProgram}.
 */
public record TriangleExpression(Expr expr, int offset, boolean reversed) implements SequenceProgram {

    @Override
    public String className() {
        return "triangle";
    }

    @Override
    public String text() {
        return "T(n,k) = " + expr.toSympy(List.of("n", "k"), null) + ", read by rows" + (reversed ? " from k = n down"
                : "") + ", " + (offset == 0 ? "0 <= k <= n, n >= 0" : "1 <= k <= n, n >= 1");
    }

    @Override
    public void encode(BitCode code) {
        code.natural(0).natural(offset).bit(reversed);
        ExpressionProgram.writeTokens(expr, code, 2);
    }

    @Override
    public BigInteger[] terms(int count) {
        return Triangle.orient(cells(Triangle.start(Triangle.row(Math.max(0, count - 1)) + 1)), reversed, count);
    }

    private BigInteger[] cells(int count) {
        BigInteger[] out = new BigInteger[count];
        BigInteger[] vars = new BigInteger[2];
        for (int i = 0; i < count; i++) {
            int n = Triangle.row(i);
            vars[0] = BigInteger.valueOf(n + offset);
            vars[1] = BigInteger.valueOf(i - Triangle.start(n) + offset);
            BigInteger v = ExactEvaluator.evaluate(expr, vars);
            if (v == null) {
                return java.util.Arrays.copyOf(out, i);
            }
            out[i] = v;
        }
        return out;
    }
}
