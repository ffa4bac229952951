package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.SequenceProgram;

/**
 * a(n) = f(n, a(n-1), ..., a(n-lags)): an integer expression of the expression engine (variable 0 is n + offset,
 * variable k is a(n-k)), evaluated exactly with big integers, after the given initial terms (at least {@code lags}).
 * The code is the number of lags, of extra initial terms and the offset, the expression's nodes in prefix order (each
 * a choice among the grammar's tokens), then the initial terms.
 */
public record ExpressionProgram(Expr expr, int lags, int offset, BigInteger[] init) implements SequenceProgram {

    /** The grammar: constants, unary and binary operators, in token order after the variables. */
    public static final List<Long> CONSTANTS = List.of(1L, 2L, 3L, 10L);
    public static final List<Op> UNARY = List.of(Op.FACTORIAL, Op.ISQRT);
    public static final List<Op> BINARY = List.of(Op.ADD, Op.SUB, Op.MUL, Op.FLOORDIV, Op.MOD, Op.POW, Op.GCD,
            Op.BINOMIAL);
    static final Grammar GRAMMAR = new Grammar(CONSTANTS, UNARY, BINARY);

    @Override
    public String className() {
        return "expression";
    }

    @Override
    public String text() {
        List<String> names = new ArrayList<>();
        names.add(offset == 0 ? "n" : "(n + " + offset + ")");
        for (int k = 1; k <= lags; k++) {
            names.add("a(n-" + k + ")");
        }
        // f((n + 1)) keeps both pairs: f(n + 1) would print f(n) at offset 1 and f(n+1) alike (and programs are
        // told apart by their text)
        String rule = "a(n) = " + expr.toSympy(names, null);
        if (init.length > 0) {
            rule += " for n >= " + init.length;
        }
        return Terms.withInitial(rule, init);
    }

    @Override
    public void encode(BitCode code) {
        code.natural(lags).natural(init.length - lags).natural(offset);
        writeTokens(expr, code, 1 + lags);
        Terms.write(code, init, 0);
    }

    /** Writes an expression over {@code variables} variables as prefix tokens of the grammar. */
    static void writeTokens(Expr e, BitCode code, int variables) {
        GRAMMAR.write(e, code, variables);
    }

    @Override
    public BigInteger[] terms(int count) {
        BigInteger[] out = Arrays.copyOf(init, Math.max(count, init.length));
        BigInteger[] vars = new BigInteger[1 + lags];
        for (int i = init.length; i < count; i++) {
            vars[0] = BigInteger.valueOf((long) i + offset);
            for (int k = 1; k <= lags; k++) {
                vars[k] = out[i - k];
            }
            BigInteger v = ExactEvaluator.evaluate(expr, vars);
            if (v == null) {
                return Arrays.copyOf(out, i);
            }
            out[i] = v;
        }
        return Arrays.copyOf(out, count);
    }
}
