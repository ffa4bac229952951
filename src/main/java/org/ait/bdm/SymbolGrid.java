package org.ait.bdm;

import java.util.Arrays;

/**
 * An object to score: a rows x cols array of symbols 0..k-1, row-major. A 1D sequence is one row. The array is
 * not copied; do not change it while a scorer reads it.
 */
public record SymbolGrid(int rows, int cols, byte[] cells) {

    public SymbolGrid {
        if (rows < 0 || cols < 0 || (long) rows * cols != cells.length) {
            throw new IllegalArgumentException(rows + "x" + cols + " does not match " + cells.length + " cells");
        }
    }

    /** A 1D sequence. */
    public static SymbolGrid of(byte[] sequence) {
        return new SymbolGrid(1, sequence.length, sequence);
    }

    /** Parses symbols '0'..'9', 'a'..'f' (one string; for tests and small inputs). */
    public static SymbolGrid parse(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            int v = Character.digit(s.charAt(i), 16);
            if (v < 0) {
                throw new IllegalArgumentException("'" + s.charAt(i) + "' at position " + (i + 1) + " is not a symbol");
            }
            b[i] = (byte) v;
        }
        return of(b);
    }

    /** Parses rows of equal length. */
    public static SymbolGrid parseRows(String... rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length();
        byte[] b = new byte[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length() != cols) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + rows[r].length() + " symbols, row 1 has " + cols);
            }
            System.arraycopy(parse(rows[r]).cells, 0, b, r * cols, cols);
        }
        return new SymbolGrid(rows.length, cols, b);
    }

    public int size() {
        return cells.length;
    }

    public byte get(int r, int c) {
        return cells[r * cols + c];
    }

    /** The transposed array (a copy). */
    public SymbolGrid transpose() {
        byte[] t = new byte[cells.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = cells[r * cols + c];
            }
        }
        return new SymbolGrid(cols, rows, t);
    }

    /** A copy with its own cells. */
    public SymbolGrid copy() {
        return new SymbolGrid(rows, cols, cells.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymbolGrid g && g.rows == rows && g.cols == cols && Arrays.equals(g.cells, cells);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append('-');
            }
            for (int c = 0; c < cols; c++) {
                sb.append(Character.forDigit(cells[r * cols + c], 16));
            }
        }
        return sb.toString();
    }
}
