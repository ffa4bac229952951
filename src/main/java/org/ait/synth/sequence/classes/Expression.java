package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.ait.synth.expr.Expr;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.ValueEnumerator;

/**
 * Expression programs a(n) = f(n, a(n-1), ..., a(n-d)) over the grammar of {@link ExpressionProgram}, smallest first.
 * Closed forms (d = 0) come from {@link ClosedForms}, a table of every distinct function of n built once (looked up
 * also on a transform's reduction, where it costs one hash lookup); programs
 * that use earlier terms (d = 1, 2) depend on the input's values and are enumerated for it, bottom up with
 * observational-equivalence pruning on the input's rows. The first n is 0 or 1 (the offset).
 */
public final class Expression implements ProgramClass {

    /** Nodes enumerated per recurrence search (lags, offset). */
    static final int RECURRENCE_NODES = 60_000;
    static final int MAX_LAGS = 2;
    static final int MAX_SIZE = 9;

    /** The closed-form table, built on first use. */
    private static final class Forms {
        static final ClosedForms TABLE = new ClosedForms(ExpressionProgram.GRAMMAR, 0, 300_000, 11, e -> true,
                (form, offset, init) -> new ExpressionProgram(form, 0, offset, init));
    }

    @Override
    public String name() {
        return "expression";
    }

    @Override
    public void prepare() {
        forms();
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.length() >= 4;
    }

    @Override
    public void search(SearchContext ctx) {
        BigInteger[] t = ctx.input().terms();
        forms().offer(ctx, t);
        ctx.searched(name(), forms().description());
        long[] target = longs(t);
        if (target == null || ctx.depth() > 0) {
            return;
        }
        int reached = Integer.MAX_VALUE;
        for (int lags = 1; lags <= MAX_LAGS && t.length - lags >= 6; lags++) {
            for (int offset = 0; offset <= 1; offset++) {
                reached = Math.min(reached, recurrences(ctx, t, target, lags, offset));
            }
        }
        if (reached != Integer.MAX_VALUE) {
            ctx.searched(name(), "a(n) = f(n, a(n-1)[, a(n-2)]): every function up to " + reached + " nodes");
        }
    }

    static ClosedForms forms() {
        return Forms.TABLE;
    }

    /** Returns the largest size completed. */
    private int recurrences(SearchContext ctx, BigInteger[] t, long[] target, int lags, int offset) {
        int rows = t.length - lags;
        long[][] columns = new long[1 + lags][];
        columns[0] = new long[rows];
        for (int r = 0; r < rows; r++) {
            columns[0][r] = r + lags + offset;
        }
        for (int k = 1; k <= lags; k++) {
            columns[k] = Arrays.copyOfRange(target, lags - k, lags - k + rows);
        }
        BigInteger[] init = Arrays.copyOf(t, lags);
        return enumerate(ctx, columns, Arrays.copyOfRange(target, lags, t.length), RECURRENCE_NODES,
                f -> new ExpressionProgram(f, lags, offset, init));
    }

    /**
     * Enumerates expressions over the grammar of {@link ExpressionProgram} in the variables whose values at the rows
     * are {@code columns} (variable i is column i), smallest first up to {@link #MAX_SIZE} nodes, with at most
     * {@code nodes} kept per size; offers {@code program.apply(f)} for every f whose values are {@code want}. Returns
     * the largest size completed.
     */
    static int enumerate(SearchContext ctx, long[][] columns, long[] want, int nodes,
            Function<Expr, SequenceProgram> program) {
        int rows = want.length;
        List<ValueEnumerator.Node> leaves = new ArrayList<>();
        for (int v = 0; v < columns.length; v++) {
            leaves.add(new ValueEnumerator.Node(new Expr.Var(v), columns[v]));
        }
        for (long c : ExpressionProgram.CONSTANTS) {
            long[] v = new long[rows];
            Arrays.fill(v, c);
            leaves.add(new ValueEnumerator.Node(Expr.Num.of(c), v));
        }
        long wantHash = ValueEnumerator.hash(want);
        ValueEnumerator en = new ValueEnumerator(leaves, ExpressionProgram.UNARY, ExpressionProgram.BINARY);
        ValueEnumerator.Visitor match = (node, size) -> {
            if (ValueEnumerator.hash(node.values()) == wantHash && Arrays.equals(node.values(), want)) {
                ctx.offer(program.apply(node.expr()));
            }
            return true;
        };
        for (ValueEnumerator.Node leaf : en.ofSize(1)) {
            match.visit(leaf, 1);
        }
        while (en.completedSize() < MAX_SIZE) {
            if (!en.nextSize(match, nodes, ctx::timeUp)) {
                break;
            }
        }
        return en.completedSize();
    }

    /** The terms as longs, or null when one does not fit. */
    static long[] longs(BigInteger[] t) {
        long[] v = new long[t.length];
        for (int i = 0; i < t.length; i++) {
            if (t[i].bitLength() > 62) {
                return null;
            }
            v[i] = t[i].longValue();
        }
        return v;
    }
}
