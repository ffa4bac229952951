package org.ait.synth.sequence.internal;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;

/**
 * Bottom-up enumeration of integer expressions, smallest first, with observational-equivalence pruning: every
 * expression is evaluated (in longs) at every row, and one whose values equal an earlier one's at every row is
 * dropped, as is one that is undefined or overflows at some row. So each function of the rows is kept once, as its
 * smallest expression (ties: the first built). Operands of commutative operators come in one order only.
 */
public final class ValueEnumerator {

    /** An expression and its values at the rows. */
    public record Node(Expr expr, long[] values) {
    }

    /** Receives each new node; returns false to stop the enumeration. */
    public interface Visitor {
        boolean visit(Node node, int size);
    }

    private final List<Op> unary;
    private final List<Op> binary;
    private final int rows;
    private final List<List<Node>> bySize = new ArrayList<>();
    private final LongOpenHashSet seen = new LongOpenHashSet();
    private int count;
    private int completed = 1;
    private long evaluations;

    /** @param leaves the size-1 expressions with their values (variables, constants) */
    public ValueEnumerator(List<Node> leaves, List<Op> unary, List<Op> binary) {
        this.unary = unary;
        this.binary = binary;
        this.rows = leaves.get(0).values().length;
        bySize.add(List.of());
        List<Node> first = new ArrayList<>();
        for (Node leaf : leaves) {
            if (seen.add(hash(leaf.values()))) {
                first.add(leaf);
            }
        }
        bySize.add(first);
        count = first.size();
    }

    /** Candidate expressions evaluated so far (kept or not). */
    public long evaluations() {
        return evaluations;
    }

    /** Nodes kept so far. */
    public int count() {
        return count;
    }

    /** The nodes of one size (1 = the leaves). */
    public List<Node> ofSize(int size) {
        return size < bySize.size() ? bySize.get(size) : List.of();
    }

    /** Largest size whose every distinct function was built. */
    public int completedSize() {
        return completed;
    }

    /** Largest size of which some expressions were built (one more than completed when a budget cut it). */
    public int builtSize() {
        return bySize.size() - 1;
    }

    /**
     * Builds the next size; each new node goes to {@code visitor}. Returns false when the visitor stopped it, the
     * node cap was reached or {@code stop} said so: the nodes built so far are kept (a deterministic prefix of the
     * size when the cap cut it) but the size does not count as completed, and no larger size can follow.
     */
    public boolean nextSize(Visitor visitor, int maxNodes, BooleanSupplier stop) {
        if (completed < bySize.size() - 1) {
            return false;
        }
        int size = bySize.size();
        List<Node> out = new ArrayList<>();
        bySize.add(out);
        boolean done = build(size, out, visitor, maxNodes, stop);
        count += out.size();
        if (done) {
            completed = size;
        }
        return done;
    }

    private boolean build(int size, List<Node> out, Visitor visitor, int maxNodes, BooleanSupplier stop) {
        long[] buf = new long[rows];
        for (Op op : unary) {
            for (Node a : bySize.get(size - 1)) {
                if (!unary(op, a, buf)) {
                    continue;
                }
                Node n = keep(new Expr.Unary(op, a.expr()), buf, out);
                if (n != null && !visitor.visit(n, size)) {
                    return false;
                }
            }
        }
        for (int ls = 1; ls <= size - 2; ls++) {
            int rs = size - 1 - ls;
            List<Node> left = bySize.get(ls);
            List<Node> right = bySize.get(rs);
            for (Op op : binary) {
                boolean commutative = op == Op.ADD || op == Op.MUL || op == Op.GCD;
                if (commutative && ls > rs) {
                    continue;
                }
                for (int i = 0; i < left.size(); i++) {
                    Node a = left.get(i);
                    for (int j = commutative && ls == rs ? i : 0; j < right.size(); j++) {
                        if ((++evaluations & 4095) == 0 && (stop.getAsBoolean() || count + out.size() >= maxNodes)) {
                            return false;
                        }
                        Node b = right.get(j);
                        if (!binary(op, a, b, buf)) {
                            continue;
                        }
                        Node n = keep(new Expr.Binary(op, a.expr(), b.expr()), buf, out);
                        if (n != null && !visitor.visit(n, size)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private Node keep(Expr e, long[] buf, List<Node> out) {
        if (!seen.add(hash(buf))) {
            return null;
        }
        Node n = new Node(e, buf.clone());
        out.add(n);
        return n;
    }

    private boolean unary(Op op, Node a, long[] out) {
        long[] x = a.values();
        for (int r = 0; r < rows; r++) {
            long v = LongOps.apply(op, x[r]);
            if (v == LongOps.UNDEFINED) {
                return false;
            }
            out[r] = v;
        }
        return true;
    }

    private boolean binary(Op op, Node a, Node b, long[] out) {
        long[] x = a.values();
        long[] y = b.values();
        for (int r = 0; r < rows; r++) {
            long v = LongOps.apply(op, x[r], y[r]);
            if (v == LongOps.UNDEFINED) {
                return false;
            }
            out[r] = v;
        }
        return true;
    }

    /** A 64-bit hash of a value vector (collisions only ever drop a candidate, never admit a wrong one). */
    public static long hash(long[] v) {
        return hash(v, 0, v.length);
    }

    public static long hash(long[] v, int from, int to) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ v[i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
