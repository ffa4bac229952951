package org.ait.io;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform sample of at most {@code capacity} rows from a stream of unknown length (reservoir sampling, Vitter's
 * algorithm R), seeded: the same stream gives the same sample. Until the stream exceeds the capacity every row is
 * kept, in order.
 */
final class RowSample {

    private final int capacity;
    private final SplittableRandom random;
    private final List<double[]> rows = new ArrayList<>();
    private long seen;

    RowSample(int capacity, long seed) {
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
    }

    void offer(double[] row) {
        seen++;
        if (rows.size() < capacity) {
            rows.add(row);
            return;
        }
        // Row number `seen` replaces a kept one with probability capacity / seen.
        long slot = random.nextLong(seen);
        if (slot < capacity) {
            rows.set((int) slot, row);
        }
    }

    int size() {
        return rows.size();
    }

    /** Entries from..from+width-1 of the kept rows, as columns. */
    double[][] columns(int from, int width) {
        double[][] columns = new double[width][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            for (int c = 0; c < width; c++) {
                columns[c][r] = row[from + c];
            }
        }
        return columns;
    }
}
