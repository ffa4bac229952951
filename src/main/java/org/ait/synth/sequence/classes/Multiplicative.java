package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.internal.LongOps;
import org.ait.synth.sequence.internal.ValueEnumerator;

/**
 * Multiplicative functions ({@link MultiplicativeProgram}): when the input is multiplicative on every coprime pair its
 * terms reach (a(1) = 1, a(mn) = a(m) a(n)), the values at prime powers are the whole function, and the smallest
 * arithmetic expression f(p, e) that gives them (enumerated bottom up with observational-equivalence
 * pruning on those prime powers) extends it to every n. Totients, Dedekind's psi, n times the number of divisors and
 * their signed kin are one short expression each here, while as sequences of n they are not (every expression of a
 * size codes in the same number of bits, so the first match is the shortest).
 */
public final class Multiplicative implements ProgramClass {

    /** Coprime products checked at least, so a sequence that happens to pass a couple of checks is not taken. */
    static final int MIN_CHECKS = 4;
    static final int MAX_SIZE = 9;
    static final int MAX_NODES = 300_000;

    @Override
    public String name() {
        return "multiplicative";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= 12;
    }

    @Override
    public void search(SearchContext ctx) {
        BigInteger[] t = ctx.input().terms();
        int reached = -1;
        for (int skip = 0; skip <= 1; skip++) {
            BigInteger[] f = Arrays.copyOfRange(t, skip, t.length);
            if (multiplicative(f)) {
                reached = Math.max(reached, search(ctx, f, Arrays.copyOf(t, skip)));
            }
        }
        if (reached >= 0) {
            ctx.searched(name(), "multiplicative on every coprime pair given; f(p, e) up to " + reached + " nodes");
        }
    }

    /** Whether f (f[0] = f(1)) has f(1) = 1 and f(mn) = f(m) f(n) on every coprime pair in range, checked often enough. */
    static boolean multiplicative(BigInteger[] f) {
        int n = f.length;
        if (!f[0].equals(BigInteger.ONE)) {
            return false;
        }
        int checks = 0;
        for (int m = 2; m * m <= n; m++) {
            for (int k = m + 1; m * k <= n; k++) {
                if (LongOps.gcd(m, k) == 1) {
                    if (!f[m * k - 1].equals(f[m - 1].multiply(f[k - 1]))) {
                        return false;
                    }
                    checks++;
                }
            }
        }
        return checks >= MIN_CHECKS;
    }

    /** Enumerates f(p, e) against the prime powers in range; returns the largest size completed. */
    private static int search(SearchContext ctx, BigInteger[] f, BigInteger[] kept) {
        List<long[]> powers = MultiplicativeProgram.primePowers(f.length);
        int rows = powers.size();
        long[] p = new long[rows];
        long[] e = new long[rows];
        long[] want = new long[rows];
        for (int r = 0; r < rows; r++) {
            long[] q = powers.get(r);
            p[r] = q[0];
            e[r] = q[1];
            BigInteger v = f[(int) q[2] - 1];
            if (v.bitLength() > 62) {
                return -1;
            }
            want[r] = v.longValue();
        }
        List<ValueEnumerator.Node> leaves = new ArrayList<>();
        leaves.add(new ValueEnumerator.Node(new Expr.Var(0), p));
        leaves.add(new ValueEnumerator.Node(new Expr.Var(1), e));
        for (long c : MultiplicativeProgram.GRAMMAR.constants()) {
            long[] v = new long[rows];
            Arrays.fill(v, c);
            leaves.add(new ValueEnumerator.Node(Expr.Num.of(c), v));
        }
        long wantHash = ValueEnumerator.hash(want);
        boolean[] found = {false};
        ValueEnumerator.Visitor match = (node, size) -> {
            if (ValueEnumerator.hash(node.values()) == wantHash && Arrays.equals(node.values(), want)) {
                ctx.offer(new MultiplicativeProgram(node.expr(), kept));
                found[0] = true;
            }
            return !found[0]; // the first match is the smallest; larger ones only say it longer
        };
        ValueEnumerator en = new ValueEnumerator(leaves, MultiplicativeProgram.GRAMMAR.unary(),
                MultiplicativeProgram.GRAMMAR.binary());
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
}
