package org.ait.bdm.internal;

import org.ait.bdm.BlockShape;
import org.ait.bdm.Partition;

/**
 * Splits a rows x cols array of symbols into blocks and counts them. The loops are specialised for binary
 * alphabets (codes built with shifts) and for 1D rows (rolling codes for overlapping windows).
 */
public final class Tiler {

    private Tiler() {
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    /**
     * Multiplying eight little-endian bytes of value 0 or 1 by this moves byte i's bit to bit 63 - i, with no
     * carries into the top byte, so the top byte is the eight cells in reading order.
     */
    private static final long GATHER = 0x8040201008040201L;

    /**
     * Counts the blocks of a whole array.
     *
     * @param shapeIndex shape index by [rows][cols] into counters; [R][C] of the block is 0
     */
    public static void tile(byte[] cells, int rows, int cols, int k, Partition partition, int shift, int minLength,
            int dimensions, int[][] shapeIndex, BlockCounter[] counters) {
        BlockCounter main = counters[0];
        int bR = main.values.shape.rows();
        int bC = main.values.shape.cols();
        switch (partition) {
            case IGNORE -> windows(cells, cols, k, 0, 0, rows, cols, bR, bC, bR, bC, main);
            case CORRELATED -> windows(cells, cols, k, 0, 0, rows, cols, bR, bC, shift, shift, main);
            case PERIODIC -> periodic(cells, rows, cols, k, bR, bC, main);
            case RECURSIVE -> recursive(cells, cols, k, 0, 0, rows, cols, bR, bC, minLength, dimensions,
                    shapeIndex, counters);
            default -> throw new IllegalStateException(partition.toString());
        }
    }

    /**
     * Counts windows of R x C cells with origins (r0 + i*stepR, c0 + j*stepC) that lie inside the region
     * [r0, r0+h) x [c0, c0+w).
     */
    public static void windows(byte[] cells, int cols, int k, int r0, int c0, int h, int w, int R, int C,
            int stepR, int stepC, BlockCounter counter) {
        if (h < R || w < C) {
            return;
        }
        if (R == 1) {
            for (int r = r0; r < r0 + h; r += stepR) {
                row(cells, r * cols + c0, w, k, C, stepC, counter);
            }
            return;
        }
        int lastR = r0 + h - R;
        int lastC = c0 + w - C;
        if (k == 2 && C <= 8) {
            // Each row of a tile in one load: gather eight cells' bits, keep the first C.
            int drop = 64 - C;
            int safe = cells.length - 8;
            for (int r = r0; r <= lastR; r += stepR) {
                for (int c = c0; c <= lastC; c += stepC) {
                    long code = 0;
                    int at = r * cols + c;
                    for (int i = 0; i < R; i++, at += cols) {
                        long bits;
                        if (at <= safe) {
                            bits = (((long) LONGS.get(cells, at)) * GATHER) >>> drop;
                        } else {
                            bits = 0;
                            for (int j = 0; j < C; j++) {
                                bits = (bits << 1) | cells[at + j];
                            }
                        }
                        code = (code << C) | bits;
                    }
                    counter.add(code);
                }
            }
        } else if (k == 2) {
            for (int r = r0; r <= lastR; r += stepR) {
                for (int c = c0; c <= lastC; c += stepC) {
                    long code = 0;
                    int at = r * cols + c;
                    for (int i = 0; i < R; i++, at += cols) {
                        for (int j = 0; j < C; j++) {
                            code = (code << 1) | cells[at + j];
                        }
                    }
                    counter.add(code);
                }
            }
        } else {
            for (int r = r0; r <= lastR; r += stepR) {
                for (int c = c0; c <= lastC; c += stepC) {
                    long code = 0;
                    int at = r * cols + c;
                    for (int i = 0; i < R; i++, at += cols) {
                        for (int j = 0; j < C; j++) {
                            code = code * k + cells[at + j];
                        }
                    }
                    counter.add(code);
                }
            }
        }
    }

    /** Windows of length L at offsets 0, step, 2*step, ... of cells[from, from+n) that fit. */
    public static void row(byte[] x, int from, int n, int k, int L, int step, BlockCounter counter) {
        int end = from + n;
        if (n < L) {
            return;
        }
        if (k == 2) {
            if (step >= L) {
                int whole = L >>> 3;
                int rest = L & 7;
                for (int i = from; i + L <= end; i += step) {
                    // Eight cells at a time: one little-endian load, one multiply gathers their low bits.
                    long code = 0;
                    int j = i;
                    for (int w = 0; w < whole; w++, j += 8) {
                        code = (code << 8) | ((((long) LONGS.get(x, j)) * GATHER) >>> 56);
                    }
                    for (int e = j + rest; j < e; j++) {
                        code = (code << 1) | x[j];
                    }
                    counter.add(code);
                }
            } else {
                long mask = (1L << L) - 1;
                long code = 0;
                for (int j = from; j < from + L; j++) {
                    code = (code << 1) | x[j];
                }
                counter.add(code);
                for (int i = from + step; i + L <= end; i += step) {
                    for (int j = i + L - step; j < i + L; j++) {
                        code = (code << 1) | x[j];
                    }
                    counter.add(code & mask);
                }
            }
            return;
        }
        if (step >= L) {
            for (int i = from; i + L <= end; i += step) {
                long code = 0;
                for (int j = i; j < i + L; j++) {
                    code = code * k + x[j];
                }
                counter.add(code);
            }
        } else {
            long modulus = BlockCodes.pow(k, L);
            long code = 0;
            for (int j = from; j < from + L; j++) {
                code = code * k + x[j];
            }
            counter.add(code);
            long keep = BlockCodes.pow(k, L - step);
            for (int i = from + step; i + L <= end; i += step) {
                code %= keep;
                for (int j = i + L - step; j < i + L; j++) {
                    code = code * k + x[j];
                }
                counter.add(code);
            }
            assert code < modulus;
        }
    }

    /** Tiles on a torus: full tiles inside, wrapped tiles along the last column and row of tiles. */
    static void periodic(byte[] cells, int rows, int cols, int k, int R, int C, BlockCounter counter) {
        int fullR = rows / R * R;
        int fullC = cols / C * C;
        windows(cells, cols, k, 0, 0, fullR, fullC, R, C, R, C, counter);
        if (fullC < cols) {
            for (int r = 0; r < rows; r += R) {
                counter.add(wrapped(cells, rows, cols, k, r, fullC, R, C));
            }
        }
        if (fullR < rows) {
            for (int c = 0; c < fullC; c += C) {
                counter.add(wrapped(cells, rows, cols, k, fullR, c, R, C));
            }
        }
    }

    /** Code of the R x C tile at (r, c) read modulo the array's size. */
    public static long wrapped(byte[] cells, int rows, int cols, int k, int r, int c, int R, int C) {
        long code = 0;
        for (int i = 0; i < R; i++) {
            int rr = (r + i) % rows;
            for (int j = 0; j < C; j++) {
                code = code * k + cells[rr * cols + (c + j) % cols];
            }
        }
        return code;
    }

    /**
     * Tiles the region with R x C blocks; every leftover piece (right column, bottom row and corner of partial
     * tiles) is tiled again with the largest block that fits, if its shorter side is at least minLength.
     */
    public static void recursive(byte[] cells, int cols, int k, int r0, int c0, int h, int w, int R, int C,
            int minLength, int dimensions, int[][] shapeIndex, BlockCounter[] counters) {
        BlockCounter counter = counters[shapeIndex[R][C]];
        int nr = h / R;
        int nc = w / C;
        windows(cells, cols, k, r0, c0, nr * R, nc * C, R, C, R, C, counter);
        int restR = h - nr * R;
        int restC = w - nc * C;
        if (restC > 0) {
            for (int i = 0; i < nr; i++) {
                piece(cells, cols, k, r0 + i * R, c0 + nc * C, R, restC, minLength, dimensions, shapeIndex, counters);
            }
        }
        if (restR > 0) {
            for (int j = 0; j < nc; j++) {
                piece(cells, cols, k, r0 + nr * R, c0 + j * C, restR, C, minLength, dimensions, shapeIndex, counters);
            }
            if (restC > 0) {
                piece(cells, cols, k, r0 + nr * R, c0 + nc * C, restR, restC, minLength, dimensions, shapeIndex,
                        counters);
            }
        }
    }

    private static void piece(byte[] cells, int cols, int k, int r0, int c0, int h, int w, int minLength,
            int dimensions, int[][] shapeIndex, BlockCounter[] counters) {
        int[] shape = pieceShape(h, w, minLength, dimensions, shapeIndex);
        if (shape != null) {
            recursive(cells, cols, k, r0, c0, h, w, shape[0], shape[1], minLength, dimensions, shapeIndex, counters);
        }
    }

    /** Receives one window: its origin, its shape (index and size). Cells are read modulo the array's size. */
    @FunctionalInterface
    public interface WindowVisitor {
        void visit(int r, int c, int shape, int R, int C);
    }

    /** Visits the windows {@link #tile} counts, in the same order. */
    public static void forEachWindow(int rows, int cols, Partition partition, int shift, int minLength, int dimensions,
            int[][] shapeIndex, BlockShape block, WindowVisitor v) {
        int R = block.rows();
        int C = block.cols();
        switch (partition) {
            case IGNORE -> grid(0, 0, rows, cols, R, C, R, C, 0, v);
            case CORRELATED -> grid(0, 0, rows, cols, R, C, shift, shift, 0, v);
            case PERIODIC -> {
                int fullR = rows / R * R;
                int fullC = cols / C * C;
                grid(0, 0, fullR, fullC, R, C, R, C, 0, v);
                if (fullC < cols) {
                    for (int r = 0; r < rows; r += R) {
                        v.visit(r, fullC, 0, R, C);
                    }
                }
                if (fullR < rows) {
                    for (int c = 0; c < fullC; c += C) {
                        v.visit(fullR, c, 0, R, C);
                    }
                }
            }
            case RECURSIVE -> recursiveWindows(0, 0, rows, cols, R, C, minLength, dimensions, shapeIndex, v);
            default -> throw new IllegalStateException(partition.toString());
        }
    }

    private static void grid(int r0, int c0, int h, int w, int R, int C, int stepR, int stepC, int shape,
            WindowVisitor v) {
        for (int r = r0; r + R <= r0 + h; r += stepR) {
            for (int c = c0; c + C <= c0 + w; c += stepC) {
                v.visit(r, c, shape, R, C);
            }
        }
    }

    private static void recursiveWindows(int r0, int c0, int h, int w, int R, int C, int minLength, int dimensions,
            int[][] shapeIndex, WindowVisitor v) {
        int nr = h / R;
        int nc = w / C;
        grid(r0, c0, nr * R, nc * C, R, C, R, C, shapeIndex[R][C], v);
        int restR = h - nr * R;
        int restC = w - nc * C;
        if (restC > 0) {
            for (int i = 0; i < nr; i++) {
                pieceWindows(r0 + i * R, c0 + nc * C, R, restC, minLength, dimensions, shapeIndex, v);
            }
        }
        if (restR > 0) {
            for (int j = 0; j < nc; j++) {
                pieceWindows(r0 + nr * R, c0 + j * C, restR, C, minLength, dimensions, shapeIndex, v);
            }
            if (restC > 0) {
                pieceWindows(r0 + nr * R, c0 + nc * C, restR, restC, minLength, dimensions, shapeIndex, v);
            }
        }
    }

    private static void pieceWindows(int r0, int c0, int h, int w, int minLength, int dimensions, int[][] shapeIndex,
            WindowVisitor v) {
        int[] shape = pieceShape(h, w, minLength, dimensions, shapeIndex);
        if (shape != null) {
            recursiveWindows(r0, c0, h, w, shape[0], shape[1], minLength, dimensions, shapeIndex, v);
        }
    }

    /** The block a leftover piece of h x w cells is tiled with, or null when the piece is dropped. */
    static int[] pieceShape(int h, int w, int minLength, int dimensions, int[][] shapeIndex) {
        if (dimensions == 1) {
            return w >= minLength && shapeIndex[1][w] >= 0 ? new int[] {1, w} : null;
        }
        int m = Math.min(h, w);
        if (m < minLength) {
            return null;
        }
        // The piece's own shape when the table has it (then it is one block), else a square of its shorter side.
        if (h < shapeIndex.length && w < shapeIndex[h].length && shapeIndex[h][w] >= 0) {
            return new int[] {h, w};
        }
        return new int[] {m, m};
    }
}
