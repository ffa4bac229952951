package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.SequenceProgram;

/**
 * a(i) = f(i + offset) after the given initial terms, f a closed form over the arithmetic functions (its own
 * grammar: n, 1 2 3, the functions of {@link org.ait.synth.expr.NumberTheory} and floor sqrt, + - * floor-division
 * mod powers gcd), evaluated exactly. The code is the number of initial terms, the offset, the form's nodes in prefix
 * order, then the initial terms.
 */
public record ArithmeticProgram(Expr form, int offset, BigInteger[] init) implements SequenceProgram {

    /** The grammar: constants, unary and binary operators, in token order after the variable n. */
    public static final List<Long> CONSTANTS = List.of(1L, 2L, 3L);
    public static final List<Op> UNARY = List.of(Op.TAU, Op.SIGMA, Op.TOTIENT, Op.MOBIUS, Op.OMEGA, Op.BIGOMEGA,
            Op.ISPRIME, Op.PRIME, Op.PRIMEPI, Op.LPF, Op.GPF, Op.DIGITSUM, Op.BITCOUNT, Op.ISQRT);
    public static final List<Op> BINARY = List.of(Op.ADD, Op.SUB, Op.MUL, Op.FLOORDIV, Op.MOD, Op.POW, Op.GCD);
    static final Grammar GRAMMAR = new Grammar(CONSTANTS, UNARY, BINARY);

    @Override
    public String className() {
        return "arithmetic";
    }

    @Override
    public String text() {
        return asExpression().text();
    }

    @Override
    public void encode(BitCode code) {
        code.natural(init.length).natural(offset);
        GRAMMAR.write(form, code, 1);
        Terms.write(code, init, 0);
    }

    @Override
    public BigInteger[] terms(int count) {
        return asExpression().terms(count);
    }

    /** The same rule as an expression program (which evaluates and prints it; its code is not this one's). */
    private ExpressionProgram asExpression() {
        return new ExpressionProgram(form, 0, offset, init);
    }
}
