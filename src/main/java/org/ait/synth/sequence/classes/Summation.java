package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.ValueEnumerator;

/**
 * Sums over a range: a(n) = sum_{k=1..n} f(n, k), with f an expression of the expression grammar in n and k, smallest
 * first. The enumeration runs bottom up over the pairs (n, k) of the input's range with observational-equivalence
 * pruning on them, so each function of (n, k) is summed once. Divisor counts and sums (through floor divisions),
 * Pillai's gcd sums and sums of remainders are a few nodes here; as functions of n alone they are not.
 */
public final class Summation implements ProgramClass {

    static final int MAX_SIZE = 9;
    static final int MAX_NODES = 250_000;
    /** Terms used for the search (the rest are checked when the candidate is scored): pairs grow as their square. */
    static final int MAX_ROWS_N = 30;

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= 8;
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() > 0) {
            return;
        }
        long[] all = Expression.longs(ctx.input().terms());
        if (all == null) {
            return;
        }
        long[] target = Arrays.copyOf(all, Math.min(all.length, MAX_ROWS_N));
        int reached = Integer.MAX_VALUE;
        for (int offset = 0; offset <= 1; offset++) {
            reached = Math.min(reached, search(ctx, target, offset));
        }
        ctx.searched(name(), "a(n) = sum_{k=1..n} f(n, k): every f up to " + reached + " nodes");
    }

    private static int search(SearchContext ctx, long[] target, int offset) {
        int terms = target.length;
        // pairs (n, k), k = 1..n, grouped by n; start[i] is the first pair of term i
        int[] start = new int[terms + 1];
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            start[i] = pairs.size();
            long n = i + offset;
            for (long k = 1; k <= n; k++) {
                pairs.add(new long[] {n, k});
            }
        }
        start[terms] = pairs.size();
        int rows = pairs.size();
        if (rows == 0) {
            return 0;
        }
        long[] nv = new long[rows];
        long[] kv = new long[rows];
        for (int r = 0; r < rows; r++) {
            nv[r] = pairs.get(r)[0];
            kv[r] = pairs.get(r)[1];
        }
        List<ValueEnumerator.Node> leaves = new ArrayList<>();
        leaves.add(new ValueEnumerator.Node(new Expr.Var(0), nv));
        leaves.add(new ValueEnumerator.Node(new Expr.Var(1), kv));
        for (long c : ExpressionProgram.CONSTANTS) {
            long[] v = new long[rows];
            Arrays.fill(v, c);
            leaves.add(new ValueEnumerator.Node(Expr.Num.of(c), v));
        }
        boolean[] found = {false};
        ValueEnumerator.Visitor match = (node, size) -> {
            if (sums(node.values(), start, target)) {
                ctx.offer(new Program(node.expr(), offset));
                found[0] = true;
            }
            return !found[0];
        };
        ValueEnumerator en = new ValueEnumerator(leaves, ExpressionProgram.UNARY, ExpressionProgram.BINARY);
        for (ValueEnumerator.Node leaf : en.ofSize(1)) {
            if (!match.visit(leaf, 1)) {
                return 1;
            }
        }
        while (en.completedSize() < MAX_SIZE && !found[0]) {
            if (!en.nextSize(match, MAX_NODES, ctx::timeUp)) {
                break;
            }
        }
        return en.completedSize();
    }

    /** Whether the per-term sums of {@code values} are the target (an overflowing sum is a mismatch). */
    private static boolean sums(long[] values, int[] start, long[] target) {
        for (int i = 0; i < target.length; i++) {
            long s = 0;
            for (int r = start[i]; r < start[i + 1]; r++) {
                long v = s + values[r];
                if (((s ^ v) & (values[r] ^ v)) < 0) {
                    return false;
                }
                s = v;
            }
            if (s != target[i]) {
                return false;
            }
        }
        return true;
    }

    /** a(n) = sum_{k=1..n} f(n, k), n counted from {@code offset}. */
    public record Program(Expr f, int offset) implements SequenceProgram {

        @Override
        public String className() {
            return "sum";
        }

        @Override
        public String text() {
            String rule = "a(n) = sum_{k=1..n} " + f.toSympy(List.of("n", "k"), null);
            return offset == 0 ? rule : rule + "; the first term is a(1)";
        }

        @Override
        public void encode(BitCode code) {
            code.bit(offset == 1);
            ExpressionProgram.writeTokens(f, code, 2);
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            BigInteger[] vars = new BigInteger[2];
            for (int i = 0; i < count; i++) {
                long n = (long) i + offset;
                vars[0] = BigInteger.valueOf(n);
                BigInteger s = BigInteger.ZERO;
                for (long k = 1; k <= n; k++) {
                    vars[1] = BigInteger.valueOf(k);
                    BigInteger v = ExactEvaluator.evaluate(f, vars);
                    if (v == null) {
                        return Arrays.copyOf(out, i);
                    }
                    s = s.add(v);
                }
                out[i] = s;
            }
            return out;
        }
    }
}
