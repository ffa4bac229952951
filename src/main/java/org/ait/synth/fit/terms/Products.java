package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;

/**
 * Products and quotients of factors as expressions, the one builder of the monomials, ratios and variable groups of
 * the pool and of the power-law forms.
 */
final class Products {

    private Products() {
    }

    /** The product of variable i to the power e[i] (integers, not all 0), as a quotient of products. */
    static Expr powerOfVariables(int[] e) {
        List<Expr> num = new ArrayList<>();
        List<Expr> den = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            for (int k = 0; k < Math.abs(e[i]); k++) {
                (e[i] > 0 ? num : den).add(new Expr.Var(i));
            }
        }
        return quotient(num, den);
    }

    /** The product of the numerator's factors over the product of the denominator's (1 / d when no numerator). */
    static Expr quotient(List<Expr> numerator, List<Expr> denominator) {
        if (denominator.isEmpty()) {
            return product(numerator);
        }
        return new Expr.Binary(Op.DIV, numerator.isEmpty() ? Expr.Num.of(1) : product(numerator),
                product(denominator));
    }

    /** A balanced product of the factors (depth log2 of their number). */
    static Expr product(List<Expr> factors) {
        if (factors.size() == 1) {
            return factors.get(0);
        }
        int half = factors.size() / 2;
        return new Expr.Binary(Op.MUL, product(factors.subList(0, half)), product(factors.subList(half,
                factors.size())));
    }

    /** base^|a|, a a nonzero multiple of 1/2, into the numerator (a > 0) or denominator: factors and a root. */
    static void addPower(Expr base, double a, List<Expr> numerator, List<Expr> denominator) {
        List<Expr> side = a > 0 ? numerator : denominator;
        for (int m = 0; m < (int) Math.floor(Math.abs(a)); m++) {
            side.add(base);
        }
        if (Math.abs(a) % 1 != 0) {
            side.add(new Expr.Unary(Op.SQRT, base));
        }
    }
}
