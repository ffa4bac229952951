package org.ait.bdm;

import java.util.ArrayList;
import java.util.List;
import org.ait.bdm.internal.BlockCodes;
import org.ait.bdm.internal.BlockCounter;
import org.ait.bdm.internal.Tiler;

/**
 * Perturbation analysis (algorithmic information dynamics): how BDM changes when one element of an object is
 * changed or deleted. A change only touches the blocks that hold the element, so it costs O(blocks per element),
 * not O(size): every cell knows its blocks and its digit weight in each, and the block multiplicities and the BDM
 * are kept up to date.
 *
 * <p>Changes can be tried ({@link #delta}) or kept ({@link #set}); {@link #greedy} keeps, step by step, the change
 * that moves BDM most in one direction. Not thread-safe: one instance per thread.
 */
public final class Perturbation {

    private final BdmScorer scorer;
    private final SymbolGrid x;
    private final int k;
    private final long[] codes;
    private final int[] windowShape;
    private final int[] cellStart;
    private final int[] cellWindow;
    private final long[] cellWeight;
    private final BlockCounter[] counters;
    private double bdm;
    private final double[] log2;

    Perturbation(BdmScorer scorer, SymbolGrid x) {
        this.scorer = scorer;
        this.x = x;
        this.k = scorer.symbols();
        int rows = x.rows();
        int cols = x.cols();
        byte[] cells = x.cells();
        // Windows, then for every cell the windows holding it (compressed rows).
        List<int[]> windows = new ArrayList<>();
        Tiler.forEachWindow(rows, cols, scorer.partition(), scorer.shift(), scorer.minLength(), scorer.dimensions(),
                scorer.shapeIndex, scorer.block(), (r, c, shape, R, C) -> windows.add(new int[] {r, c, shape, R, C}));
        int n = windows.size();
        codes = new long[n];
        windowShape = new int[n];
        int[] perCell = new int[cells.length + 1];
        for (int[] w : windows) {
            for (int i = 0; i < w[3]; i++) {
                for (int j = 0; j < w[4]; j++) {
                    perCell[cell(w, i, j, rows, cols) + 1]++;
                }
            }
        }
        cellStart = new int[cells.length + 1];
        for (int i = 0; i < cells.length; i++) {
            cellStart[i + 1] = cellStart[i] + perCell[i + 1];
        }
        int[] fill = cellStart.clone();
        cellWindow = new int[cellStart[cells.length]];
        cellWeight = new long[cellWindow.length];
        counters = new BlockCounter[scorer.shapes.length];
        for (int s = 0; s < counters.length; s++) {
            counters[s] = new BlockCounter(scorer.shapes[s]);
        }
        for (int w = 0; w < n; w++) {
            int[] win = windows.get(w);
            windowShape[w] = win[2];
            int size = win[3] * win[4];
            long code = 0;
            for (int i = 0; i < win[3]; i++) {
                for (int j = 0; j < win[4]; j++) {
                    int cell = cell(win, i, j, rows, cols);
                    code = code * k + cells[cell];
                    int e = fill[cell]++;
                    cellWindow[e] = w;
                    cellWeight[e] = BlockCodes.pow(k, size - 1 - (i * win[4] + j));
                }
            }
            codes[w] = code;
            counters[win[2]].add(code);
        }
        log2 = new double[n + 2];
        for (int i = 1; i < log2.length; i++) {
            log2[i] = BlockCounter.log2(i);
        }
        BlockCounter.Totals t = new BlockCounter.Totals();
        for (BlockCounter c : counters) {
            c.addTo(t);
        }
        bdm = t.bdm;
    }

    private static int cell(int[] w, int i, int j, int rows, int cols) {
        return ((w[0] + i) % rows) * cols + (w[1] + j) % cols;
    }

    /** BDM of the current object. */
    public double bdm() {
        return bdm;
    }

    /** The current object (a view; do not modify). */
    public SymbolGrid current() {
        return x;
    }

    /** Number of elements (cells). */
    public int size() {
        return x.size();
    }

    /** The BDM change if the cell (row-major index) took the given symbol; the object is left as it is. */
    public double delta(int cell, int symbol) {
        check(cell, symbol);
        int old = x.cells()[cell];
        if (old == symbol) {
            return 0;
        }
        double d = apply(cell, symbol - old);
        apply(cell, old - symbol);
        return d;
    }

    /** Sets a cell and keeps the change; returns the new BDM. */
    public double set(int cell, int symbol) {
        check(cell, symbol);
        int old = x.cells()[cell];
        if (old != symbol) {
            bdm += apply(cell, symbol - old);
            x.cells()[cell] = (byte) symbol;
        }
        return bdm;
    }

    private void check(int cell, int symbol) {
        if (cell < 0 || cell >= x.size()) {
            throw new IndexOutOfBoundsException("cell " + cell + " of " + x.size());
        }
        if (symbol < 0 || symbol >= k) {
            throw new IllegalArgumentException("symbol " + symbol + " is outside the " + k + "-symbol alphabet");
        }
    }

    /** Adds diff to the cell's digit in every window holding it; returns the BDM change. */
    private double apply(int cell, int diff) {
        double d = 0;
        for (int e = cellStart[cell]; e < cellStart[cell + 1]; e++) {
            int w = cellWindow[e];
            long before = codes[w];
            long after = before + diff * cellWeight[e];
            codes[w] = after;
            BlockCounter counter = counters[windowShape[w]];
            d += move(counter, before, after);
        }
        return d;
    }

    private double move(BlockCounter counter, long from, long to) {
        double d = 0;
        long n = counter.add(from, -1);
        d += n == 0 ? -counter.values.complexityOrMissing(from) : log2[(int) n] - log2[(int) n + 1];
        long m = counter.add(to, 1);
        d += m == 1 ? counter.values.complexityOrMissing(to) : log2[(int) m] - log2[(int) m - 1];
        return d;
    }


    /**
     * The BDM change of flipping each cell: for binary objects 0 and 1 swap; for k symbols a cell with symbol s
     * becomes (s + 1) mod k ({@link #delta} tries any other value).
     */
    public double[] flipDeltas() {
        double[] out = new double[x.size()];
        byte[] cells = x.cells();
        for (int i = 0; i < out.length; i++) {
            out[i] = delta(i, (cells[i] + 1) % k);
        }
        return out;
    }

    /** One kept change of a {@link #greedy} sequence. */
    public record Step(int cell, int from, int to, double delta, double bdm) {
    }

    /**
     * Keeps, one step at a time, the single-cell change that lowers BDM the most ({@code lower = true}: moving the
     * object towards simplicity, the AID "keep changes" sequence) or raises it the most; stops after the given
     * number of steps or when no change moves BDM in that direction. Ties go to the lowest cell, then symbol.
     */
    public List<Step> greedy(int steps, boolean lower) {
        List<Step> out = new ArrayList<>();
        byte[] cells = x.cells();
        for (int s = 0; s < steps; s++) {
            int bestCell = -1;
            int bestSymbol = -1;
            double best = 0;
            for (int i = 0; i < cells.length; i++) {
                for (int v = 0; v < k; v++) {
                    if (v == cells[i]) {
                        continue;
                    }
                    double d = delta(i, v);
                    if (lower ? d < best - 1e-12 : d > best + 1e-12) {
                        best = d;
                        bestCell = i;
                        bestSymbol = v;
                    }
                }
            }
            if (bestCell < 0) {
                break;
            }
            int from = cells[bestCell];
            set(bestCell, bestSymbol);
            out.add(new Step(bestCell, from, bestSymbol, best, bdm));
        }
        return out;
    }

    /**
     * The BDM change of deleting each element of a 1D object (the rest closes up). One sweep over the sequence:
     * the blocks left of the deleted element keep their places, the blocks right of it are the original's blocks
     * shifted by one, and only the blocks spanning the gap (and, for periodic and recursive partitions, the last
     * one) are new; so each element costs O(block length).
     *
     * @throws IllegalStateException for a 2D object (see {@link #rowDeletionDeltas()})
     */
    public double[] deletionDeltas() {
        if (x.rows() != 1 || scorer.dimensions() != 1) {
            throw new IllegalStateException("element deletion is defined for 1D objects; use row or column deletion");
        }
        return new Deletion1D(scorer, x.cells(), bdm).deltas();
    }

    /** The BDM change of deleting each row of a 2D object (the rows below move up). */
    public double[] rowDeletionDeltas() {
        return lineDeletions(x);
    }

    /** The BDM change of deleting each column of a 2D object (the columns to the right move left). */
    public double[] columnDeletionDeltas() {
        return lineDeletions(x.transpose());
    }

    private double[] lineDeletions(SymbolGrid g) {
        double[] out = new double[g.rows()];
        int cols = g.cols();
        byte[] reduced = new byte[(g.rows() - 1) * cols];
        boolean transposed = g != x;
        double base = bdm;
        for (int r = 0; r < g.rows(); r++) {
            System.arraycopy(g.cells(), 0, reduced, 0, r * cols);
            System.arraycopy(g.cells(), (r + 1) * cols, reduced, r * cols, (g.rows() - 1 - r) * cols);
            SymbolGrid y = new SymbolGrid(g.rows() - 1, cols, reduced);
            out[r] = scorer.bdm(transposed ? y.transpose() : y) - base;
        }
        return out;
    }
}
