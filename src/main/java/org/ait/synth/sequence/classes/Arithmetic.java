package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.NumberTheory;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;

/**
 * Closed forms over the arithmetic functions of positive integers: a(n) = f(n) where f combines n, small constants,
 * + - * floor-division mod powers gcd and d, sigma, phi, mu, omega, Omega, isprime, prime, pi, the least and greatest
 * prime factors and the digit sums (the grammar of {@link ArithmeticProgram}): n - d(n), prime(n+1) - prime(n),
 * sigma(n) mod n, isprime(2n+1). Like the expression
 * class's closed forms, a table of every distinct function up to a node budget is built once and looked up by hash,
 * on the input and on every transform's reduction (the members of a set reduce to its characteristic sequence, so
 * "n such that 2n+1 is prime" is found as isprime(2n+1)). Only forms that call an arithmetic function are offered:
 * the others are expression programs, with a shorter code.
 */
public final class Arithmetic implements ProgramClass {

    /** The table, built on first use. */
    private static final class Forms {
        static final ClosedForms TABLE = new ClosedForms(ArithmeticProgram.GRAMMAR, 1, 400_000, 9,
                Arithmetic::callsArithmetic, ArithmeticProgram::new);
    }

    @Override
    public String name() {
        return "arithmetic";
    }

    @Override
    public void prepare() {
        Forms.TABLE.description();
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= 6;
    }

    @Override
    public void search(SearchContext ctx) {
        Forms.TABLE.offer(ctx, ctx.input().terms());
        ctx.searched(name(), Forms.TABLE.description());
    }

    /** Whether a form calls an arithmetic function (the forms this class offers). */
    public static boolean callsArithmetic(Expr e) {
        if (e instanceof Expr.Unary u) {
            return NumberTheory.handles(u.op()) || callsArithmetic(u.arg());
        }
        if (e instanceof Expr.Binary b) {
            return callsArithmetic(b.left()) || callsArithmetic(b.right());
        }
        return false;
    }
}
