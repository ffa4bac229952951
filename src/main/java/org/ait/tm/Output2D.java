package org.ait.tm;

/**
 * Packs 2D outputs (rows x cols arrays over k symbols, rows top to bottom, each left to right) into {@code long}
 * codes: a leading 1 bit, rows - 1 and cols - 1 in 6 bits each, then the cells row-major in
 * {@link OutputCodec#bitsPerSymbol} bits each, first cell most significant. Arrays of more than
 * {@link #MAX_CELL_BITS} bits of cells, or more than 64 rows or columns, do not pack; they are written as text,
 * rows joined by '-'.
 */
public final class Output2D {

    /** Bits of cells a code can hold. */
    public static final int MAX_CELL_BITS = 50;
    static final int SIDE_BITS = 6;

    private Output2D() {
    }

    /** Whether a rows x cols array over k symbols packs into a code. */
    public static boolean fits(int rows, int cols, int k) {
        return rows <= 64 && cols <= 64 && rows * cols * OutputCodec.bitsPerSymbol(k) <= MAX_CELL_BITS;
    }

    /** Code of the array grid[r0..r0+rows) x [c0..c0+cols) of a grid with the given row stride. */
    public static long pack(byte[] grid, int stride, int r0, int c0, int rows, int cols, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        long code = (((1L << SIDE_BITS) | (rows - 1)) << SIDE_BITS) | (cols - 1);
        for (int r = r0; r < r0 + rows; r++) {
            int at = r * stride + c0;
            for (int c = 0; c < cols; c++) {
                code = (code << b) | grid[at + c];
            }
        }
        return code;
    }

    /** Number of cell bits of a code. */
    private static int cellBits(long code) {
        return 63 - Long.numberOfLeadingZeros(code) - 2 * SIDE_BITS;
    }

    public static int rows(long code) {
        return (int) ((code >>> (cellBits(code) + SIDE_BITS)) & ((1 << SIDE_BITS) - 1)) + 1;
    }

    public static int cols(long code) {
        return (int) ((code >>> cellBits(code)) & ((1 << SIDE_BITS) - 1)) + 1;
    }

    /** The cells of a code as a base-2^b number (first cell most significant). */
    public static long cells(long code) {
        int n = cellBits(code);
        return n == 0 ? 0 : code & (-1L >>> (64 - n));
    }

    /** The code of a rows x cols array given its cells in b-bit fields. */
    public static long of(int rows, int cols, long cells, int k) {
        int n = rows * cols * OutputCodec.bitsPerSymbol(k);
        return (((((1L << SIDE_BITS) | (rows - 1)) << SIDE_BITS) | (cols - 1)) << n) | cells;
    }

    /** Symbol at (r, c). */
    public static int get(long code, int r, int c, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int cols = cols(code);
        int cellsTotal = rows(code) * cols;
        int index = r * cols + c;
        return (int) ((code >>> ((cellsTotal - 1 - index) * b)) & ((1 << b) - 1));
    }

    /** The array turned 90 degrees clockwise (what a turmite with every move rotated clockwise prints). */
    public static long rotate(long code, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int rows = rows(code);
        int cols = cols(code);
        // Clockwise: new (r', c') = (c, rows - 1 - r); new array is cols x rows.
        long cells = 0;
        for (int r2 = 0; r2 < cols; r2++) {
            for (int c2 = 0; c2 < rows; c2++) {
                cells = (cells << b) | get(code, rows - 1 - c2, r2, k);
            }
        }
        return of(cols, rows, cells, k);
    }

    /** The array with its rows in reverse order (what the up-down mirror image of a turmite prints). */
    public static long flipRows(long code, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int rows = rows(code);
        int cols = cols(code);
        long cells = cells(code);
        int rowBits = cols * b;
        long rowMask = rowBits == 64 ? -1L : (1L << rowBits) - 1;
        long out = 0;
        for (int r = 0; r < rows; r++) {
            out = (out << rowBits) | ((cells >>> (r * rowBits)) & rowMask);
        }
        return of(rows, cols, out, k);
    }

    /** Text with its rows in reverse order. */
    public static String flipRows(String s) {
        String[] rows = s.split("-", -1);
        StringBuilder sb = new StringBuilder(s.length());
        for (int r = rows.length - 1; r >= 0; r--) {
            sb.append(rows[r]);
            if (r > 0) {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    /** Canonical pattern: symbols relabelled 0, 1, 2, ... in order of first appearance (row-major). */
    public static long canonical(long code, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int rows = rows(code);
        int cols = cols(code);
        int n = rows * cols;
        long cells = cells(code);
        if (k == 2) {
            return ((cells >>> (n - 1)) & 1) == 0 ? code : code ^ ((1L << (n - 1) << 1) - 1);
        }
        int[] map = new int[16];
        int next = 1;
        long out = 0;
        long mask = (1L << b) - 1;
        for (int i = n - 1; i >= 0; i--) {
            int s = (int) ((cells >>> (i * b)) & mask);
            if (map[s] == 0) {
                map[s] = next++;
            }
            out = (out << b) | (map[s] - 1);
        }
        return of(rows, cols, out, k);
    }

    /** Every array with the given canonical pattern (all relabellings of its symbols), as codes. */
    public static long[] expand(long canonicalCode, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int rows = rows(canonicalCode);
        int cols = cols(canonicalCode);
        int n = rows * cols;
        long cells = cells(canonicalCode);
        int j = distinctSymbols(canonicalCode, k);
        java.util.List<Long> out = new java.util.ArrayList<>();
        int[] perm = new int[j];
        boolean[] taken = new boolean[k];
        assign(cells, n, b, k, perm, taken, 0, rows, cols, out);
        long[] codes = new long[out.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = out.get(i);
        }
        java.util.Arrays.sort(codes);
        return codes;
    }

    private static void assign(long cells, int n, int b, int k, int[] perm, boolean[] taken, int pos, int rows,
            int cols, java.util.List<Long> out) {
        if (pos == perm.length) {
            long mask = (1L << b) - 1;
            long r = 0;
            for (int i = n - 1; i >= 0; i--) {
                r = (r << b) | perm[(int) ((cells >>> (i * b)) & mask)];
            }
            out.add(of(rows, cols, r, k));
            return;
        }
        for (int s = 0; s < k; s++) {
            if (!taken[s]) {
                taken[s] = true;
                perm[pos] = s;
                assign(cells, n, b, k, perm, taken, pos + 1, rows, cols, out);
                taken[s] = false;
            }
        }
    }

    /** Number of distinct symbols of a code. */
    public static int distinctSymbols(long code, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int n = rows(code) * cols(code);
        long cells = cells(code);
        int seen = 0;
        for (int i = 0; i < n; i++) {
            seen |= 1 << (int) ((cells >>> (i * b)) & ((1L << b) - 1));
        }
        return Integer.bitCount(seen);
    }

    /** Text: rows joined by '-'. */
    public static String toString(long code, int k) {
        int rows = rows(code);
        int cols = cols(code);
        StringBuilder sb = new StringBuilder(rows * (cols + 1));
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append('-');
            }
            for (int c = 0; c < cols; c++) {
                sb.append(OutputCodec.charOf(get(code, r, c, k)));
            }
        }
        return sb.toString();
    }

    /** Text of an array of a grid (for arrays too large to pack). */
    public static String toString(byte[] grid, int stride, int r0, int c0, int rows, int cols) {
        StringBuilder sb = new StringBuilder(rows * (cols + 1));
        for (int r = r0; r < r0 + rows; r++) {
            if (r > r0) {
                sb.append('-');
            }
            for (int c = c0; c < c0 + cols; c++) {
                sb.append(OutputCodec.charOf(grid[r * stride + c]));
            }
        }
        return sb.toString();
    }

    /**
     * Parses text (rows joined by '-') into a code.
     *
     * @throws IllegalArgumentException for ragged rows, foreign symbols, or an array too large to pack
     */
    public static long parse(String s, int k) {
        String[] rows = s.split("-", -1);
        int cols = rows[0].length();
        if (cols == 0) {
            throw new IllegalArgumentException("empty row in '" + s + "'");
        }
        if (!fits(rows.length, cols, k)) {
            throw new IllegalArgumentException("array " + rows.length + "x" + cols + " is too large to pack");
        }
        int b = OutputCodec.bitsPerSymbol(k);
        long cells = 0;
        for (String row : rows) {
            if (row.length() != cols) {
                throw new IllegalArgumentException("rows of '" + s + "' have different lengths");
            }
            for (int c = 0; c < cols; c++) {
                int v = OutputCodec.symbolOf(row.charAt(c), k);
                if (v < 0) {
                    throw new IllegalArgumentException("'" + row.charAt(c) + "' is not a symbol of the " + k
                            + "-symbol alphabet");
                }
                cells = (cells << b) | v;
            }
        }
        return of(rows.length, cols, cells, k);
    }

    /** Rotates text (rows joined by '-') 90 degrees clockwise. */
    public static String rotate(String s) {
        String[] rows = s.split("-", -1);
        int h = rows.length;
        int w = rows[0].length();
        StringBuilder sb = new StringBuilder(h * (w + 1));
        for (int r2 = 0; r2 < w; r2++) {
            if (r2 > 0) {
                sb.append('-');
            }
            for (int c2 = 0; c2 < h; c2++) {
                sb.append(rows[h - 1 - c2].charAt(r2));
            }
        }
        return sb.toString();
    }

    /** Canonical pattern of text (rows joined by '-'); '-' is kept. */
    public static String canonical(String s) {
        char[] map = new char[128];
        char next = 0;
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '-') {
                continue;
            }
            if (map[c] == 0) {
                map[c] = OutputCodec.charOf(next++);
            }
            out[i] = map[c];
        }
        return new String(out);
    }
}
