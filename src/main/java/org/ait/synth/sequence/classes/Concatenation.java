package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.ProgramClasses;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.ValueEnumerator;

/**
 * Symbol strings that are the base-b digits of an integer sequence written one after another (Champernowne's word
 * is n = 0, 1, 2, ... in base 2 or 10; the squares, the powers of 2 ...): for every base up to 10 that covers the
 * symbols and every small closed form f(n) of the expression grammar, the concatenation is compared with the input.
 */
public final class Concatenation implements ProgramClass {

    /** Closed forms tried: every expression up to this many nodes. */
    static final int MAX_SIZE = 5;

    @Override
    public String name() {
        return "concatenation";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.SYMBOLS && input.length() >= 8;
    }

    @Override
    public void search(SearchContext ctx) {
        Sequence in = ctx.input();
        String target = in.toString();
        List<Expr> forms = forms();
        for (int base = Math.max(2, in.alphabet()); base <= 10; base++) {
            for (Expr f : forms) {
                for (int offset = 0; offset <= 1; offset++) {
                    if (prints(f, offset, base, target)) {
                        ctx.offer(new Program(new ExpressionProgram(f, 0, offset, new BigInteger[0]), base, in.alphabet()));
                    }
                }
            }
        }
        ctx.searched(name(), "bases up to 10, closed forms f(n) up to " + MAX_SIZE + " nodes");
    }

    /** Whether the digits of f(offset), f(offset + 1), ... start with the target (stops at the first mismatch). */
    static boolean prints(Expr f, int offset, int base, String target) {
        int at = 0;
        BigInteger[] n = new BigInteger[1];
        for (int i = 0; at < target.length(); i++) {
            n[0] = BigInteger.valueOf(i + offset);
            BigInteger v = ExactEvaluator.evaluate(f, n);
            if (v == null || v.signum() < 0) {
                return false;
            }
            String digits = v.toString(base);
            for (int j = 0; j < digits.length() && at < target.length(); j++, at++) {
                if (digits.charAt(j) != target.charAt(at)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every distinct function of n (told apart on n = 0..15) up to MAX_SIZE nodes, smallest first. */
    static List<Expr> forms() {
        List<ValueEnumerator.Node> leaves = new ArrayList<>();
        long[] n = new long[16];
        for (int r = 0; r < n.length; r++) {
            n[r] = r;
        }
        leaves.add(new ValueEnumerator.Node(new Expr.Var(0), n));
        for (long c : ExpressionProgram.CONSTANTS) {
            long[] v = new long[n.length];
            java.util.Arrays.fill(v, c);
            leaves.add(new ValueEnumerator.Node(Expr.Num.of(c), v));
        }
        ValueEnumerator en = new ValueEnumerator(leaves, ExpressionProgram.UNARY, ExpressionProgram.BINARY);
        while (en.completedSize() < MAX_SIZE && en.nextSize((node, size) -> true, Integer.MAX_VALUE, () -> false)) {
            // all sizes up to MAX_SIZE
        }
        List<Expr> all = new ArrayList<>();
        for (int s = 1; s <= en.completedSize(); s++) {
            for (ValueEnumerator.Node node : en.ofSize(s)) {
                if (usesN(node.expr())) {
                    all.add(node.expr());
                }
            }
        }
        return all;
    }

    private static boolean usesN(Expr e) {
        if (e instanceof Expr.Var) {
            return true;
        }
        if (e instanceof Expr.Unary u) {
            return usesN(u.arg());
        }
        return e instanceof Expr.Binary b && (usesN(b.left()) || usesN(b.right()));
    }

    /** The base-{@code base} digits of inner(0), inner(1), ... one after another (non-negative terms only). */
    public record Program(SequenceProgram inner, int base, int alphabet) implements SequenceProgram {

        @Override
        public String className() {
            return "concatenation";
        }

        @Override
        public String text() {
            return "the base-" + base + " digits of f(0), f(1), ... written one after another; f: "
                    + inner.text().replace("a(", "f(");
        }

        @Override
        public void encode(BitCode code) {
            code.natural(base - 2);
            ProgramClasses.writeTag(code, inner.className());
            inner.encode(code);
        }

        @Override
        public BigInteger[] terms(int count) {
            List<BigInteger> out = new ArrayList<>(count);
            for (int want = Math.max(4, count / 2); out.size() < count; want *= 2) {
                BigInteger[] f = inner.terms(want);
                out.clear();
                for (BigInteger v : f) {
                    if (v.signum() < 0) {
                        return new BigInteger[0];
                    }
                    for (char c : v.toString(base).toCharArray()) {
                        if (out.size() < count) {
                            out.add(BigInteger.valueOf(Character.digit(c, base)));
                        }
                    }
                }
                if (f.length < want) {
                    break;
                }
            }
            return out.toArray(new BigInteger[0]);
        }
    }
}
