package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Divide-and-conquer recurrences a(n) = f(n, a(floor(n/2)), a(ceil(n/2))) over the grammar of
 * {@link ExpressionProgram}: the binary weight (a(floor(n/2)) + n mod 2), Stern's diatomic sequence, counts over the
 * binary expansion of n, sequences defined on the even and odd n separately. Enumerated smallest first with
 * observational-equivalence pruning on the input's rows, as the expression class enumerates recurrences in a(n-1);
 * n is the index or the index + 1 (sequences listed from n = 1), and the terms before the halving reaches an earlier
 * term are given.
 */
public final class Halving implements ProgramClass {

    /** Nodes kept per size and offset. */
    static final int NODES = 100_000;
    /** Rows the recurrence must reproduce at least. */
    static final int MIN_ROWS = 10;

    @Override
    public String name() {
        return "halving";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= MIN_ROWS + 3;
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() > 0) {
            return;
        }
        long[] target = Expression.longs(ctx.input().terms());
        if (target == null) {
            return;
        }
        int reached = Integer.MAX_VALUE;
        for (int offset = 0; offset <= 1 && !ctx.timeUp(); offset++) {
            reached = Math.min(reached, search(ctx, target, offset, Program.firstComputed(offset)));
        }
        if (reached != Integer.MAX_VALUE) {
            ctx.searched(name(), "a(n) = f(n, a(floor(n/2)), a(ceil(n/2))): every function up to " + reached
                    + " nodes");
        }
    }

    /** Enumerates f for the rows from {@code start} on; returns the largest size completed. */
    private static int search(SearchContext ctx, long[] target, int offset, int start) {
        int rows = target.length - start;
        long[][] columns = new long[Program.VARIABLES][rows];
        for (int r = 0; r < rows; r++) {
            long n = start + r + offset;
            columns[0][r] = n;
            columns[1][r] = target[(int) (n / 2) - offset];
            columns[2][r] = target[(int) ((n + 1) / 2) - offset];
        }
        BigInteger[] init = Arrays.copyOf(ctx.input().terms(), start);
        return Expression.enumerate(ctx, columns, Arrays.copyOfRange(target, start, target.length), NODES,
                f -> new Program(f, offset, init));
    }

    /**
     * a(n) = f(n, a(floor(n/2)), a(ceil(n/2))) for the terms after {@code init}; n is the index plus
     * {@code offset} (0 or 1), and a(m) the term of index m - offset. The code: the offset, the number of initial terms
     * beyond the fewest the offset needs, f's tokens, the initial terms.
     */
    public record Program(Expr f, int offset, BigInteger[] init) implements SequenceProgram {

        static final int VARIABLES = 3;

        /** The first index whose halves are both earlier terms: n >= 2, that is index 2 - offset. */
        static int firstComputed(int offset) {
            return 2 - offset;
        }

        public Program {
            if (offset < 0 || offset > 1 || init.length < firstComputed(offset)) {
                throw new IllegalArgumentException("offset 0 or 1 with at least " + (2 - offset) + " initial terms");
            }
        }

        @Override
        public String className() {
            return "halving";
        }

        @Override
        public String text() {
            String rule = "a(n) = " + f.toSympy(List.of("n", "a(floor(n/2))", "a(ceil(n/2))"), null);
            return Terms.withInitial(rule + " for n >= " + (init.length + offset), init, offset);
        }

        @Override
        public void encode(BitCode code) {
            code.natural(offset).natural(init.length - firstComputed(offset));
            ExpressionProgram.GRAMMAR.write(f, code, VARIABLES);
            Terms.write(code, init, 0);
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = Arrays.copyOf(init, Math.max(count, init.length));
            BigInteger[] vars = new BigInteger[VARIABLES];
            for (int i = init.length; i < count; i++) {
                long n = (long) i + offset;
                vars[0] = BigInteger.valueOf(n);
                vars[1] = out[(int) (n / 2 - offset)];
                vars[2] = out[(int) ((n + 1) / 2 - offset)];
                BigInteger v = ExactEvaluator.evaluate(f, vars);
                if (v == null) {
                    return Arrays.copyOf(out, i);
                }
                out[i] = v;
            }
            return Arrays.copyOf(out, count);
        }
    }
}
