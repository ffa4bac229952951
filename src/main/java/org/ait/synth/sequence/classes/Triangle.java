package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.internal.Nullspace;
import org.ait.synth.sequence.internal.ValueEnumerator;

/**
 * Triangles read by rows (row n holds T(n,0..n)), a shape a large part of the integer sequences people meet has:
 * T(n,k) as an expression in n and k ({@link TriangleExpression}, enumerated for the input like recurrence
 * expressions), or as a recurrence over earlier rows with its two edges as sequences of their own
 * ({@link TriangleRecurrence}, solved exactly as an integer null space, the edges by the inner classes).
 */
public final class Triangle implements ProgramClass {

    static final int MIN_ROWS = 5;
    static final int EXPRESSION_NODES = 60_000;
    static final int MAX_SIZE = 9;

    private final List<ProgramClass> edgeClasses;

    /** @param edgeClasses the classes that describe the edges T(n,0) and T(n,n) */
    public Triangle(List<ProgramClass> edgeClasses) {
        this.edgeClasses = List.copyOf(edgeClasses);
    }

    @Override
    public String name() {
        return "triangle";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= start(MIN_ROWS);
    }

    /** The row of cell i. */
    static int row(int i) {
        int n = (int) ((Math.sqrt(8.0 * i + 1) - 1) / 2);
        while (start(n + 1) <= i) {
            n++;
        }
        while (start(n) > i) {
            n--;
        }
        return n;
    }

    /** Index of T(n, 0). */
    static int start(int n) {
        return n * (n + 1) / 2;
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() > 0) {
            return;
        }
        BigInteger[] t = ctx.input().terms();
        int reached = expressions(ctx, t, false);
        recurrences(ctx, t, false);
        // Read from k = n down: only the complete rows can be turned round; the ranking checks the rest.
        BigInteger[] turned = orient(Arrays.copyOf(t, start(row(t.length))), true, start(row(t.length)));
        if (turned.length >= start(MIN_ROWS)) {
            expressions(ctx, turned, true);
            recurrences(ctx, turned, true);
        }
        ctx.searched(name(), "T(n,k) expressions up to " + reached + " nodes; row recurrences on stencils of up to "
                + TriangleRecurrence.MAX_CELLS + " of " + TriangleRecurrence.CELLS.length
                + " earlier cells, coefficients of degree 0 and 1");
    }

    /**
     * The first {@code count} cells of a triangle given by rows ({@code cells} holds complete rows), each row turned
     * round when {@code reversed}.
     */
    static BigInteger[] orient(BigInteger[] cells, boolean reversed, int count) {
        int complete = start(row(cells.length));
        BigInteger[] out = Arrays.copyOf(cells, Math.min(count, reversed ? complete : cells.length));
        if (reversed) {
            for (int i = 0; i < out.length; i++) {
                int n = row(i);
                out[i] = cells[start(n) + n - (i - start(n))];
            }
        }
        return out;
    }

    private int expressions(SearchContext ctx, BigInteger[] t, boolean reversed) {
        long[] target = Expression.longs(t);
        if (target == null) {
            return 0;
        }
        int reached = MAX_SIZE;
        for (int offset = 0; offset <= 1; offset++) {
            int rows = t.length;
            long[] n = new long[rows];
            long[] k = new long[rows];
            for (int i = 0; i < rows; i++) {
                int r = row(i);
                n[i] = r + offset;
                k[i] = i - start(r) + offset;
            }
            List<ValueEnumerator.Node> leaves = new ArrayList<>();
            leaves.add(new ValueEnumerator.Node(new Expr.Var(0), n));
            leaves.add(new ValueEnumerator.Node(new Expr.Var(1), k));
            for (long c : ExpressionProgram.CONSTANTS) {
                long[] v = new long[rows];
                Arrays.fill(v, c);
                leaves.add(new ValueEnumerator.Node(Expr.Num.of(c), v));
            }
            long wantHash = ValueEnumerator.hash(target);
            int o = offset;
            ValueEnumerator en = new ValueEnumerator(leaves, ExpressionProgram.UNARY, ExpressionProgram.BINARY);
            ValueEnumerator.Visitor match = (node, size) -> {
                if (ValueEnumerator.hash(node.values()) == wantHash && Arrays.equals(node.values(), target)) {
                    ctx.offer(new TriangleExpression(node.expr(), o, reversed));
                }
                return true;
            };
            while (en.completedSize() < MAX_SIZE && en.nextSize(match, EXPRESSION_NODES, ctx::timeUp)) {
                // one size at a time, until the node budget or the size limit
            }
            reached = Math.min(reached, en.completedSize());
        }
        return reached;
    }

    /**
     * Row recurrences on every stencil, smallest first; a stencil that contains one already solved is skipped (its
     * relation would be the same one with zeros, or one of several).
     */
    private void recurrences(SearchContext ctx, BigInteger[] t, boolean reversed) {
        SequenceProgramPair edges = null;
        List<Integer> solved = new ArrayList<>();
        for (int size = 1; size <= TriangleRecurrence.MAX_CELLS; size++) {
            next:
            for (int s : TriangleRecurrence.stencils(size)) {
                for (int done : solved) {
                    if ((s & done) == done) {
                        continue next;
                    }
                }
                for (int degree = 0; degree <= 1; degree++) {
                    if (ctx.timeUp()) {
                        return;
                    }
                    BigInteger[] x = solve(t, s, degree);
                    if (x == null) {
                        continue;
                    }
                    if (edges == null) {
                        edges = edges(ctx, t);
                        if (edges == null) {
                            return;
                        }
                    }
                    ctx.offer(new TriangleRecurrence(s, degree, x, edges.left(), edges.right(), reversed));
                    solved.add(s);
                    break;
                }
            }
        }
    }

    private record SequenceProgramPair(org.ait.synth.sequence.SequenceProgram left,
            org.ait.synth.sequence.SequenceProgram right) {
    }

    /** Programs of the two edges, or null when one has no program that extends it. */
    private SequenceProgramPair edges(SearchContext ctx, BigInteger[] t) {
        List<BigInteger> l = new ArrayList<>();
        List<BigInteger> r = new ArrayList<>();
        for (int n = 0; start(n) < t.length; n++) {
            l.add(t[start(n)]);
            if (start(n) + n < t.length) {
                r.add(t[start(n) + n]);
            }
        }
        var left = ctx.solve(Sequence.integers(l), edgeClasses);
        var right = left == null ? null : ctx.solve(Sequence.integers(r), edgeClasses);
        return right == null ? null : new SequenceProgramPair(left, right);
    }

    /** The recurrence's coefficients, or null when the interior cells admit no unique one. */
    static BigInteger[] solve(BigInteger[] t, int stencil, int degree) {
        int[][] st = TriangleRecurrence.offsets(stencil);
        int w = TriangleRecurrence.perCell(degree);
        int cols = (st.length + 1) * w;
        List<BigInteger[]> rows = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            int n = row(i);
            int k = i - start(n);
            if (k == 0 || k == n) {
                continue;
            }
            BigInteger[] eq = new BigInteger[cols];
            Arrays.fill(eq, BigInteger.ZERO);
            put(eq, 0, w, t[i], n, k);
            for (int c = 0; c < st.length; c++) {
                int pn = TriangleRecurrence.cellRow(st[c], n, k);
                if (TriangleRecurrence.isConstant(st[c])) {
                    put(eq, c + 1, w, BigInteger.ONE, n, k);
                } else if (pn >= 0) {
                    put(eq, c + 1, w, t[start(pn) + k - st[c][1]], n, k);
                }
            }
            rows.add(eq);
        }
        if (rows.size() < cols + 2) {
            return null;
        }
        // Some triangles satisfy several relations of one shape (Bessel's: two); then fix the simplest one by
        // making the coefficients of the first cells constant, one cell at a time, until one relation remains.
        for (int constant = 0; constant <= (w == 3 ? st.length + 1 : 0); constant++) {
            List<BigInteger[]> all = new ArrayList<>(rows);
            for (int c = 0; c < constant; c++) {
                for (int j = 1; j < w; j++) {
                    BigInteger[] unit = new BigInteger[cols];
                    Arrays.fill(unit, BigInteger.ZERO);
                    unit[c * w + j] = BigInteger.ONE;
                    all.add(unit);
                }
            }
            BigInteger[] x = relation(all, cols, w);
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    /** The unique relation (up to scale) with a non-zero coefficient of T(n,k), or null. */
    private static BigInteger[] relation(List<BigInteger[]> rows, int cols, int w) {
        BigInteger[][] a = rows.toArray(new BigInteger[0][]);
        long[][] m = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = Nullspace.residues(a[i]);
        }
        if (Nullspace.nullityModP(m, cols) == 0) {
            return null;
        }
        BigInteger[] x = Nullspace.exactNullVector(a, cols);
        if (x == null) {
            return null;
        }
        boolean leadZero = true;
        for (int j = 0; j < w; j++) {
            leadZero &= x[j].signum() == 0;
        }
        return leadZero ? null : x;
    }

    private static void put(BigInteger[] eq, int cell, int w, BigInteger v, int n, int k) {
        eq[cell * w] = v;
        if (w == 3) {
            eq[cell * w + 1] = v.multiply(BigInteger.valueOf(n));
            eq[cell * w + 2] = v.multiply(BigInteger.valueOf(k));
        }
    }
}
