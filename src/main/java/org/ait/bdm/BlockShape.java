package org.ait.bdm;

/**
 * The shape of a block: rows x columns (1D blocks have one row). Blocks are read row-major and coded as base-k
 * numbers, first cell most significant.
 */
public record BlockShape(int rows, int cols) implements Comparable<BlockShape> {

    public BlockShape {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("block shape " + rows + "x" + cols + " must be at least 1x1");
        }
    }

    /** A 1D block of the given length. */
    public static BlockShape of(int length) {
        return new BlockShape(1, length);
    }

    /** Parses "L" (1D) or "RxC" (2D). */
    public static BlockShape parse(String s, int dimensions) {
        String t = s.trim().toLowerCase();
        try {
            int x = t.indexOf('x');
            if (x < 0) {
                int n = Integer.parseInt(t);
                return dimensions == 1 ? new BlockShape(1, n) : new BlockShape(n, n);
            }
            if (dimensions == 1) {
                throw new IllegalArgumentException("block '" + s + "' is 2D; 1D blocks are a length, e.g. 12");
            }
            return new BlockShape(Integer.parseInt(t.substring(0, x)), Integer.parseInt(t.substring(x + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("block '" + s + "' is not a length (12) or a shape (4x4)");
        }
    }

    public int cells() {
        return rows * cols;
    }

    @Override
    public int compareTo(BlockShape o) {
        return rows != o.rows ? Integer.compare(rows, o.rows) : Integer.compare(cols, o.cols);
    }

    @Override
    public String toString() {
        return rows == 1 ? Integer.toString(cols) : rows + "x" + cols;
    }
}
