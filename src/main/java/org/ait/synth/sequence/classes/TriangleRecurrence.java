package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClasses;
import org.ait.synth.sequence.SequenceProgram;

/**
 * A triangle read by rows whose edges are sequences of their own and whose inside follows a linear recurrence over
 * earlier rows, with coefficients linear in n and k: c0 T(n,k) = sum over the stencil of (a + b n + c k) T(n-i, k-j)
 * (Pascal's, Stirling's and Eulerian triangles, and their weighted kin; stencils reach two rows back, or to the
 * partition cells T(n-k, k), and may add a term a + b n + c k of their own, see {@link #CELLS}). The code is
 * the stencil (its size, then its rank among the stencils of that size), the degree, the coefficients, then the
 * programs of the left edge T(n,0) and the right edge T(n,n).
 */
public record TriangleRecurrence(int stencil, int degree, BigInteger[] coefficients, SequenceProgram left,
        SequenceProgram right, boolean reversed) implements SequenceProgram {

    /**
     * The earlier cells T(n-i, k-j) a stencil may use, as offsets (i, j); the constant term (0, 0), whose coefficient
     * a + b n + c k is added as it is (inhomogeneous recurrences such as T(n,k) = 2 T(n-1,k) + k); and T(n-k, k) and
     * T(n-k-1, k), written (-1, 0) and (-2, 0), the cells of the partition recurrence p(n,k) = p(n-1,k-1) + p(n-k,k)
     * with k counted from 0 or from 1 (0 outside the triangle). A stencil is a subset, as a bit mask.
     */
    static final int[][] CELLS = {{1, 0}, {1, 1}, {1, -1}, {2, 1}, {2, 0}, {2, 2}, {2, -1}, {0, 0}, {-1, 0}, {-2, 0}};

    /** Whether a stencil cell is the constant term rather than an earlier cell. */
    static boolean isConstant(int[] cell) {
        return cell[0] == 0;
    }

    /** The row of stencil cell {@code cell} seen from (n, k), or -1 outside the triangle (the cell counts as 0). */
    static int cellRow(int[] cell, int n, int k) {
        int pn = cell[0] < 0 ? n - k + cell[0] + 1 : n - cell[0];
        int pk = k - cell[1];
        return pn >= 0 && pk >= 0 && pk <= pn ? pn : -1;
    }

    /** The largest stencil searched. */
    static final int MAX_CELLS = 4;

    /** The cells of stencil {@code mask}, in the order of {@link #CELLS}. */
    static int[][] offsets(int mask) {
        int[][] out = new int[Integer.bitCount(mask)][];
        for (int c = 0, o = 0; c < CELLS.length; c++) {
            if ((mask & 1 << c) != 0) {
                out[o++] = CELLS[c];
            }
        }
        return out;
    }

    /** The stencils of {@code size} cells in increasing mask order: the code ranks a stencil among them. */
    static int[] stencils(int size) {
        return IntStream.range(0, 1 << CELLS.length).filter(mask -> Integer.bitCount(mask) == size).toArray();
    }

    /** Coefficients per stencil cell (and for T(n,k) itself): 1 (constant) or 3 (a + b n + c k). */
    static int perCell(int degree) {
        return degree == 0 ? 1 : 3;
    }

    @Override
    public String className() {
        return "triangle";
    }

    @Override
    public String text() {
        int[][] s = offsets(stencil);
        int w = perCell(degree);
        StringBuilder rhs = new StringBuilder();
        for (int c = 0; c < s.length; c++) {
            String coef = coefficient(c + 1, w);
            if (coef.equals("0")) {
                continue;
            }
            boolean negative = coef.startsWith("-") && !coef.contains(" ");
            String mag = negative ? coef.substring(1) : coef;
            rhs.append(rhs.length() == 0 ? (negative ? "-" : "") : negative ? " - " : " + ");
            if (isConstant(s[c])) {
                rhs.append(mag.contains(" ") ? "(" + mag + ")" : mag);
                continue;
            }
            String cell = s[c][0] < 0 ? "T(n-k" + (s[c][0] < -1 ? "-" + (-s[c][0] - 1) : "") + ",k)"
                    : "T(n-" + s[c][0] + ",k" + (s[c][1] > 0 ? "-" + s[c][1] : s[c][1] < 0 ? "+" + -s[c][1] : "") + ")";
            rhs.append(mag.equals("1") ? "" : (mag.contains(" ") ? "(" + mag + ")" : mag) + "*").append(cell);
        }
        String lhs = coefficient(0, w);
        lhs = lhs.equals("1") ? "T(n,k)" : (lhs.contains(" ") ? "(" + lhs + ")" : lhs) + "*T(n,k)";
        return lhs + " = " + (rhs.length() == 0 ? "0" : rhs) + " for 0 < k < n" + (reversed
                ? ", read by rows from k = n down" : "") + "; T(n,0): "
                + Terms.renamed(left.text(), "L") + "; T(n,n): " + Terms.renamed(right.text(), "R");
    }

    /** The coefficient of cell c (0 = T(n,k), moved to the left with its sign) as text. */
    private String coefficient(int c, int w) {
        BigInteger[] p = Arrays.copyOfRange(coefficients, c * w, c * w + w);
        if (c > 0) {
            for (int i = 0; i < w; i++) {
                p[i] = p[i].negate();
            }
        }
        if (w == 1) {
            return p[0].toString();
        }
        StringBuilder sb = new StringBuilder();
        String[] names = {"", "n", "k"};
        for (int i = 0; i < 3; i++) {
            if (p[i].signum() == 0) {
                continue;
            }
            BigInteger a = p[i].abs();
            sb.append(sb.length() == 0 ? (p[i].signum() < 0 ? "-" : "") : p[i].signum() < 0 ? " - " : " + ");
            sb.append(i == 0 ? a.toString() : (a.equals(BigInteger.ONE) ? "" : a + "*") + names[i]);
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    @Override
    public void encode(BitCode code) {
        int size = Integer.bitCount(stencil);
        int[] sameSize = stencils(size);
        code.natural(1).bit(reversed).natural(size - 1)
                .choice(Arrays.binarySearch(sameSize, stencil), sameSize.length).natural(degree);
        for (BigInteger c : coefficients) {
            code.integer(c);
        }
        ProgramClasses.writeTag(code, left.className());
        left.encode(code);
        ProgramClasses.writeTag(code, right.className());
        right.encode(code);
    }

    /** The value of coefficient polynomial c at (n, k). */
    private BigInteger coefficientAt(int c, long n, long k) {
        int w = perCell(degree);
        BigInteger v = coefficients[c * w];
        if (w == 3) {
            v = v.add(coefficients[c * w + 1].multiply(BigInteger.valueOf(n)))
                    .add(coefficients[c * w + 2].multiply(BigInteger.valueOf(k)));
        }
        return v;
    }

    @Override
    public BigInteger[] terms(int count) {
        return Triangle.orient(cells(Triangle.start(Triangle.row(Math.max(0, count - 1)) + 1)), reversed, count);
    }

    private BigInteger[] cells(int count) {
        int rows = Triangle.row(Math.max(0, count - 1)) + 1;
        BigInteger[] l = left.terms(rows);
        BigInteger[] r = right.terms(rows);
        BigInteger[] out = new BigInteger[count];
        int[][] s = offsets(stencil);
        for (int i = 0; i < count; i++) {
            int n = Triangle.row(i);
            int k = i - Triangle.start(n);
            BigInteger v;
            if (k == 0 || k == n) {
                BigInteger[] edge = k == 0 ? l : r;
                if (n >= edge.length) {
                    return Arrays.copyOf(out, i);
                }
                v = edge[n];
            } else {
                BigInteger sum = BigInteger.ZERO;
                for (int c = 0; c < s.length; c++) {
                    int pn = cellRow(s[c], n, k);
                    if (isConstant(s[c])) {
                        sum = sum.subtract(coefficientAt(c + 1, n, k));
                    } else if (pn >= 0) {
                        sum = sum.subtract(coefficientAt(c + 1, n, k).multiply(out[Triangle.start(pn) + k - s[c][1]]));
                    }
                }
                BigInteger lead = coefficientAt(0, n, k);
                if (lead.signum() == 0) {
                    return Arrays.copyOf(out, i);
                }
                BigInteger[] qr = sum.divideAndRemainder(lead);
                if (qr[1].signum() != 0) {
                    return Arrays.copyOf(out, i);
                }
                v = qr[0];
            }
            out[i] = v;
        }
        return out;
    }
}
