package org.ait.synth.sequence.classes;

import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.BitCode;

/**
 * The tokens of an expression grammar (variables, then constants, unary and binary operators) and the prefix code of
 * an expression over them: each node a uniform choice among the tokens. A class whose expressions need fewer
 * operators codes them in fewer bits and enumerates fewer of them.
 */
record Grammar(List<Long> constants, List<Op> unary, List<Op> binary) {

    /** Writes {@code e}, an expression over {@code variables} variables, as prefix tokens. */
    void write(Expr e, BitCode code, int variables) {
        write(e, code, variables + constants.size() + unary.size() + binary.size(), variables);
    }

    private void write(Expr e, BitCode code, int tokens, int variables) {
        if (e instanceof Expr.Var v) {
            code.choice(v.index(), tokens);
        } else if (e instanceof Expr.Num n) {
            int c = constants.indexOf(ExactEvaluator.integer(n).longValueExact());
            if (c < 0) {
                throw new IllegalStateException("constant " + n.text() + " is not in the grammar");
            }
            code.choice(variables + c, tokens);
        } else if (e instanceof Expr.Unary u) {
            code.choice(variables + constants.size() + unary.indexOf(u.op()), tokens);
            write(u.arg(), code, tokens, variables);
        } else if (e instanceof Expr.Binary b) {
            code.choice(variables + constants.size() + unary.size() + binary.indexOf(b.op()), tokens);
            write(b.left(), code, tokens, variables);
            write(b.right(), code, tokens, variables);
        }
    }
}
