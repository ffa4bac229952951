package org.ait.synth.sequence.classes;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.ait.synth.expr.Expr;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.ValueEnumerator;

/**
 * Every distinct closed form f(n) of an expression grammar up to a node budget, built once per process (it does not
 * depend on the input) and indexed by its first values from the first row on and from the rows after it. An input is
 * matched by a hash lookup of its first terms; candidates are checked against all its terms. The table is a fixed,
 * deterministic enumeration: the same forms on every machine.
 */
final class ClosedForms {

    /** Makes the program of a form: a(i) = f(i + offset) after the initial terms. */
    interface Maker {
        SequenceProgram make(Expr form, int offset, BigInteger[] init);
    }

    /**
     * Rows on which forms are told apart, all within a long (a form that overflows is dropped): 19 keeps 10^n and
     * (n+1)! in the expression table.
     */
    static final int ROWS = 19;
    /** Terms of the input looked up (the rest are checked). */
    static final int KEY = 10;
    /** Forms are indexed by their values from rows 0, 1, 2, 3: two offsets, after up to 2 irregular first terms. */
    static final int STARTS = 4;
    static final int MAX_SKIP = 2;

    /** Per start row, the forms (indices into {@link #exprs} and {@link #values}) by the hash of their next KEY values. */
    private final Long2ObjectOpenHashMap<int[]>[] index;
    private final int firstN;
    private final Maker maker;
    private final int completeSize;
    private final int nodes;
    private final long[][] values;
    private final List<Expr> exprs = new ArrayList<>();

    /**
     * @param firstN the n of the first row (0, or 1 for functions of positive integers)
     * @param offered which forms the table offers (all are built, as parts of larger ones)
     */
    @SuppressWarnings("unchecked")
    ClosedForms(Grammar grammar, int firstN, int maxNodes, int maxSize, Predicate<Expr> offered, Maker maker) {
        this.firstN = firstN;
        this.maker = maker;
        List<ValueEnumerator.Node> leaves = new ArrayList<>();
        long[] n = new long[ROWS];
        for (int r = 0; r < ROWS; r++) {
            n[r] = r + firstN;
        }
        leaves.add(new ValueEnumerator.Node(new Expr.Var(0), n));
        for (long c : grammar.constants()) {
            long[] v = new long[ROWS];
            Arrays.fill(v, c);
            leaves.add(new ValueEnumerator.Node(Expr.Num.of(c), v));
        }
        ValueEnumerator en = new ValueEnumerator(leaves, grammar.unary(), grammar.binary());
        while (en.completedSize() < maxSize && en.nextSize((node, size) -> true, maxNodes, () -> false)) {
            // sizes are built until the budget ends one
        }
        completeSize = en.completedSize();
        List<long[]> vals = new ArrayList<>();
        int built = 0;
        for (int s = 1; s <= en.builtSize(); s++) {
            for (ValueEnumerator.Node node : en.ofSize(s)) {
                built++;
                if (offered.test(node.expr())) {
                    exprs.add(node.expr());
                    vals.add(node.values());
                }
            }
        }
        values = vals.toArray(new long[0][]);
        nodes = built;
        index = new Long2ObjectOpenHashMap[STARTS];
        for (int o = 0; o < STARTS; o++) {
            index[o] = new Long2ObjectOpenHashMap<>(values.length);
            for (int i = 0; i < values.length; i++) {
                long h = ValueEnumerator.hash(values[i], o, o + KEY);
                int[] bucket = index[o].get(h);
                int[] grown = bucket == null ? new int[1] : Arrays.copyOf(bucket, bucket.length + 1);
                grown[grown.length - 1] = i;
                index[o].put(h, grown);
            }
        }
    }

    private static boolean agrees(long[] v, int from, long[] known) {
        for (int j = 0; j < known.length && from + j < v.length; j++) {
            if (v[from + j] != known[j]) {
                return false;
            }
        }
        return true;
    }

    String description() {
        return "closed forms f(n): every function up to " + completeSize + " nodes and the first of "
                + (completeSize + 1) + " (" + nodes + " forms, " + values.length + " offered)";
    }

    /**
     * Offers every form whose values agree with the input's terms from the {@code skip}-th on (0 to 2 first terms
     * given as they are), with n starting at the first row or the next.
     */
    void offer(SearchContext ctx, BigInteger[] t) {
        for (int skip = 0; skip <= MAX_SKIP && t.length - skip >= KEY; skip++) {
            long[] key = Expression.longs(Arrays.copyOfRange(t, skip, skip + KEY));
            if (key == null) {
                continue;
            }
            long h = ValueEnumerator.hash(key);
            BigInteger[] init = Arrays.copyOf(t, skip);
            // Every term the table holds is compared in longs before a form is offered (a bucket holds the forms
            // that agree on the first KEY terms, which for a constant input are many).
            long[] known = Expression.longs(Arrays.copyOfRange(t, skip, Math.min(t.length, skip + ROWS - MAX_SKIP - 1)));
            for (int offset = 0; offset <= 1; offset++) {
                int[] found = index[skip + offset].get(h);
                if (found == null) {
                    continue;
                }
                for (int i : found) {
                    if (known == null || agrees(values[i], skip + offset, known)) {
                        ctx.offer(maker.make(exprs.get(i), firstN + offset, init));
                    }
                }
            }
        }
    }
}
