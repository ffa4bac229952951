package org.ait.bdm;

import org.ait.bdm.internal.BlockCounter;

/**
 * BDM change of deleting each element of a 1D sequence, in one sweep. With y the sequence without element i, the
 * windows of y (at multiples of the step S) are: the windows of x left of i (unchanged), the windows of x right of
 * i shifted by one (x's windows at starts 1 mod S), and the few windows spanning the gap; periodic and recursive
 * partitions add one last block. Moving i one to the right moves at most one window from the right set to the
 * left set, so the multiset, its multiplicities and its BDM are updated in O(1) and each element costs O(L^2/S).
 */
final class Deletion1D {

    private final BdmScorer scorer;
    private final byte[] x;
    private final int n;
    private final int k;
    private final int L;
    private final int step;
    private final double base;
    private final BlockCounter[] counters;
    private double total;

    Deletion1D(BdmScorer scorer, byte[] x, double base) {
        this.scorer = scorer;
        this.x = x;
        this.n = x.length;
        this.k = scorer.symbols();
        this.L = scorer.block().cols();
        this.step = scorer.partition() == Partition.CORRELATED ? scorer.shift() : L;
        this.base = base;
        counters = new BlockCounter[scorer.shapes.length];
        for (int s = 0; s < counters.length; s++) {
            counters[s] = new BlockCounter(scorer.shapes[s]);
        }
    }

    double[] deltas() {
        double[] out = new double[n];
        int m = n - 1; // length of y
        // Right set for i = 0: y's windows at mS >= S, i.e. x's windows at mS + 1.
        for (int start = step; start + L <= m; start += step) {
            add(0, xCode(start + 1, L));
        }
        long[] held = new long[L / step + 2];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                // Window of y starting at i - L (ending before i) joins the left set.
                int left = i - L;
                if (left >= 0 && left % step == 0) {
                    add(0, xCode(left, L));
                }
                // Window of y starting at i no longer lies right of the gap.
                if (i % step == 0 && i + L <= m) {
                    remove(0, xCode(i + 1, L));
                }
            }
            double before = total;
            // Windows spanning the gap: starts mS with mS <= i < mS + L, inside y.
            int first = Math.max(0, (i - L + 1 + step - 1) / step) * step;
            int spanning = 0;
            for (int start = first; start <= i && start + L <= m; start += step) {
                long c = yCode(i, start, L, m);
                held[spanning++] = c;
                add(0, c);
            }
            int tailShape = -1;
            long tail = 0;
            if (scorer.partition() == Partition.PERIODIC && m > 0 && m % L != 0) {
                tailShape = 0;
                tail = yWrapped(i, m / L * L, L, m);
            } else if (scorer.partition() == Partition.RECURSIVE) {
                int r = m % L;
                if (r >= scorer.minLength() && scorer.shapeIndex[1][r] >= 0) {
                    tailShape = scorer.shapeIndex[1][r];
                    tail = yCode(i, m - r, r, m);
                }
            }
            if (tailShape >= 0) {
                add(tailShape, tail);
            }
            out[i] = total - base;
            if (tailShape >= 0) {
                remove(tailShape, tail);
            }
            for (int s = 0; s < spanning; s++) {
                remove(0, held[s]);
            }
            assert Math.abs(total - before) < 1e-6;
            total = before; // drop rounding drift of the temporary blocks
        }
        return out;
    }

    private long xCode(int start, int len) {
        long c = 0;
        for (int j = start; j < start + len; j++) {
            c = c * k + x[j];
        }
        return c;
    }

    /** Code of y[start, start+len) where y is x without element i. */
    private long yCode(int i, int start, int len, int m) {
        long c = 0;
        for (int j = start; j < start + len; j++) {
            c = c * k + x[j < i ? j : j + 1];
        }
        return c;
    }

    private long yWrapped(int i, int start, int len, int m) {
        long c = 0;
        for (int j = start; j < start + len; j++) {
            int jj = j % m;
            c = c * k + x[jj < i ? jj : jj + 1];
        }
        return c;
    }

    private void add(int shape, long code) {
        BlockCounter c = counters[shape];
        long after = c.add(code, 1);
        total += after == 1 ? c.values.complexityOrMissing(code) : BlockCounter.log2(after) - BlockCounter.log2(after - 1);
    }

    private void remove(int shape, long code) {
        BlockCounter c = counters[shape];
        long after = c.add(code, -1);
        total -= after == 0 ? c.values.complexityOrMissing(code) : BlockCounter.log2(after + 1) - BlockCounter.log2(after);
    }

}
