package org.ait.bdm;

import java.util.Arrays;
import org.ait.bdm.internal.BlockCounter;
import org.ait.bdm.internal.Tiler;

/**
 * BDM of an object that arrives in pieces: 1D symbols in chunks ({@link #accept}), 2D rows one at a time
 * ({@link #acceptRow}). Memory stays bounded by the block (1D) or by a band of block rows (2D), so files far
 * larger than memory can be scored; the result equals {@link BdmScorer#score} of the whole object. Not
 * thread-safe.
 */
public final class StreamingBdm {

    private final BdmScorer scorer;
    private final BlockCounter[] counters;
    private final int k;
    private final int R;
    private final int C;
    private final int step;
    private final int[][] shapeIndex;
    // 1D: symbols from global position bufferStart; 2D: whole rows from row bufferStart.
    private byte[] buffer = new byte[1 << 16];
    private int buffered;
    private long bufferStart;
    /** 1D: position of the next window; 2D correlated: row of the next window. */
    private long next;
    private long size;
    private byte[] head = new byte[0];
    private int cols = -1;
    private long rows;
    private boolean finished;

    StreamingBdm(BdmScorer scorer) {
        this.scorer = scorer;
        this.counters = new BlockCounter[scorer.shapes.length];
        for (int s = 0; s < counters.length; s++) {
            counters[s] = new BlockCounter(scorer.shapes[s]);
        }
        this.k = scorer.symbols();
        this.R = scorer.block().rows();
        this.C = scorer.block().cols();
        this.step = scorer.partition() == Partition.CORRELATED ? scorer.shift() : C;
        this.shapeIndex = scorer.shapeIndex;
    }

    /** Symbols seen so far (1D) or cells (2D). */
    public long size() {
        return size;
    }

    /** Appends symbols of a 1D object. Symbols must be in 0..k-1 (the reader checks them). */
    public void accept(byte[] symbols, int off, int len) {
        if (scorer.dimensions() != 1) {
            throw new IllegalStateException("a 2D scorer takes rows");
        }
        checkOpen();
        if (size < C) {
            int take = (int) Math.min(len, C - size);
            head = Arrays.copyOf(head, head.length + take);
            System.arraycopy(symbols, off, head, head.length - take, take);
        }
        size += len;
        if (buffered == 0 && next > bufferStart) {
            // A step longer than the block leaves gaps: drop symbols no window holds.
            int skip = (int) Math.min(len, next - bufferStart);
            off += skip;
            len -= skip;
            bufferStart += skip;
        }
        ensure(buffered + len);
        System.arraycopy(symbols, off, buffer, buffered, len);
        buffered += len;
        int local = (int) (next - bufferStart);
        int available = buffered - local;
        if (available >= C) {
            int windows = (available - C) / step + 1;
            Tiler.row(buffer, local, (windows - 1) * step + C, k, C, step, counters[0]);
            next += (long) windows * step;
        }
        int drop = (int) Math.min(next - bufferStart, buffered);
        System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
        buffered -= drop;
        bufferStart += drop;
    }

    /** Appends one row of a 2D object; every row must have the same length. */
    public void acceptRow(byte[] row) {
        acceptRow(row, 0, row.length);
    }

    /** Appends row[off, off+len) as one row of a 2D object. */
    public void acceptRow(byte[] row, int off, int len) {
        if (scorer.dimensions() != 2) {
            throw new IllegalStateException("a 1D scorer takes symbols");
        }
        checkOpen();
        if (cols < 0) {
            cols = len;
        } else if (len != cols) {
            throw new IllegalArgumentException("row " + (rows + 1) + " has " + len + " symbols, row 1 has " + cols);
        }
        if (rows < R) {
            head = Arrays.copyOf(head, head.length + cols);
            System.arraycopy(row, off, head, head.length - cols, cols);
        }
        long index = rows++;
        size += cols;
        Partition p = scorer.partition();
        if (p == Partition.CORRELATED) {
            if (index < next) {
                return; // between windows of a step longer than the block
            }
            ensure((buffered + 1) * cols);
            System.arraycopy(row, off, buffer, buffered * cols, cols);
            buffered++;
            if (buffered == R) {
                Tiler.windows(buffer, cols, k, 0, 0, R, cols, R, C, R, step, counters[0]);
                next += step;
                dropRows(Math.min(step, R));
            }
        } else {
            ensure((buffered + 1) * cols);
            System.arraycopy(row, off, buffer, buffered * cols, cols);
            buffered++;
            if (buffered == R) {
                band(buffer, R);
                dropRows(R);
            }
        }
    }

    private void dropRows(int n) {
        System.arraycopy(buffer, n * cols, buffer, 0, (buffered - n) * cols);
        buffered -= n;
    }

    /** Counts one full band of R rows (ignore, recursive, periodic). */
    private void band(byte[] cells, int h) {
        switch (scorer.partition()) {
            case IGNORE -> Tiler.windows(cells, cols, k, 0, 0, h, cols, R, C, R, C, counters[0]);
            case RECURSIVE -> Tiler.recursive(cells, cols, k, 0, 0, h, cols, R, C, scorer.minLength(), 2, shapeIndex,
                    counters);
            case PERIODIC -> {
                int fullC = cols / C * C;
                Tiler.windows(cells, cols, k, 0, 0, h, fullC, R, C, R, C, counters[0]);
                if (fullC < cols) {
                    counters[0].add(Tiler.wrapped(cells, h, cols, k, 0, fullC, R, C));
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void ensure(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
    }

    /** Scores what has arrived: the same result as scoring the whole object at once. */
    public BdmResult finish() {
        checkOpen();
        finished = true;
        Partition p = scorer.partition();
        if (scorer.dimensions() == 1) {
            // The buffer holds the symbols after the last full window's step.
            long n = size;
            if (p == Partition.RECURSIVE) {
                int r = (int) (n % C);
                if (r >= scorer.minLength() && shapeIndex[1][r] >= 0 && buffered >= r) {
                    Tiler.recursive(buffer, buffered, k, 0, buffered - r, 1, r, 1, r, scorer.minLength(), 1,
                            shapeIndex, counters);
                }
            } else if (p == Partition.PERIODIC && n % C != 0) {
                int r = (int) (n % C);
                long code = 0;
                for (int j = 0; j < C; j++) {
                    // Cells past the end wrap to the start of the sequence (several times if it is short).
                    int at = j < r ? buffered - r + j : -1;
                    byte s = at >= 0 ? buffer[at] : head[(int) ((n - r + j) % n)];
                    code = code * k + s;
                }
                counters[0].add(code);
            }
        } else if (rows > 0 && buffered > 0) {
            if (p == Partition.RECURSIVE) {
                Tiler.recursive(buffer, cols, k, 0, 0, buffered, cols, R, C, scorer.minLength(), 2, shapeIndex,
                        counters);
            } else if (p == Partition.PERIODIC) {
                // The last band wraps to the first rows.
                byte[] band = new byte[R * cols];
                for (int i = 0; i < R; i++) {
                    long row = (rows - buffered + i) % rows;
                    byte[] src = i < buffered ? buffer : head;
                    int at = i < buffered ? i * cols : (int) row * cols;
                    System.arraycopy(src, at, band, i * cols, cols);
                }
                band(band, R);
            }
        }
        return scorer.result(counters, new BlockCounter.Totals());
    }
}
