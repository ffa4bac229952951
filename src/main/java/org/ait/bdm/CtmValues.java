package org.ait.bdm;

import it.unimi.dsi.fastutil.longs.Long2DoubleMap;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.ait.io.InputException;
import org.ait.bdm.internal.BlockCodes;
import org.ait.ctm.CtmTable;
import org.ait.tm.OutputCodec;

/**
 * CTM values of blocks, by block shape and canonical pattern: what a BDM scorer looks blocks up in. Built from
 * one of our {@link CtmTable}s, or from any list of (block, K) values, e.g. a TSV exported by
 * {@code ait tables export} or another source the user trusts. Immutable.
 */
public final class CtmValues {

    private final String name;
    private final int symbols;
    private final int dimensions;
    private final TreeMap<BlockShape, Long2DoubleOpenHashMap> byShape;

    private CtmValues(String name, int symbols, int dimensions, TreeMap<BlockShape, Long2DoubleOpenHashMap> byShape) {
        this.name = name;
        this.symbols = symbols;
        this.dimensions = dimensions;
        this.byShape = byShape;
    }

    /**
     * The values of a table: a 1D table gives blocks of every length it has (up to what packs into a long), a 2D
     * table every array shape it has.
     */
    public static CtmValues of(CtmTable table) {
        int k = table.symbols();
        if (table.dimensions() == 2) {
            TreeMap<BlockShape, Long2DoubleOpenHashMap> shapes = new TreeMap<>();
            int b = OutputCodec.bitsPerSymbol(k);
            table.forEachArrayPattern((rows, cols, cells, kValue) -> {
                int n = rows * cols;
                if (BlockCodes.codeCount(k, n) < 0) {
                    return;
                }
                long code = 0;
                long mask = (1L << b) - 1;
                for (int i = n - 1; i >= 0; i--) {
                    code = code * k + ((cells >>> (i * b)) & mask);
                }
                shapes.computeIfAbsent(new BlockShape(rows, cols), s -> new Long2DoubleOpenHashMap()).put(code, kValue);
            });
            return new CtmValues(table.name(), k, 2, shapes);
        }
        TreeMap<BlockShape, Long2DoubleOpenHashMap> shapes = new TreeMap<>();
        int longest = Math.min(table.maxLength(), OutputCodec.maxPackedLength(k));
        byte[] cells = new byte[64];
        for (int len = 1; len <= longest; len++) {
            if (BlockCodes.codeCount(k, len) < 0) {
                break;
            }
            Long2DoubleOpenHashMap map = new Long2DoubleOpenHashMap();
            int l = len;
            table.forEachPattern(len, (code, kValue) -> {
                OutputCodec.unpack(code, k, cells);
                map.put(BlockCodes.code(cells, 0, l, k), kValue);
            });
            if (!map.isEmpty()) {
                shapes.put(BlockShape.of(len), map);
            }
        }
        return new CtmValues(table.name(), k, 1, shapes);
    }

    /**
     * Values given by block strings: 1D blocks as symbol strings ("0110"), 2D blocks as their rows joined by '-'
     * ("01-10"). A value stands for every relabelling of the block's symbols (CTM is invariant under them).
     *
     * @throws IllegalArgumentException for a malformed block, a ragged 2D block, or two relabellings of one
     *                                  pattern with different values
     */
    public static CtmValues of(String name, int symbols, int dimensions, Map<String, Double> values) {
        TreeMap<BlockShape, Long2DoubleOpenHashMap> shapes = new TreeMap<>();
        byte[] cells = new byte[64];
        for (Map.Entry<String, Double> e : values.entrySet()) {
            BlockShape shape = parseBlock(e.getKey(), symbols, dimensions, cells);
            long code = BlockCodes.canonical(BlockCodes.code(cells, 0, shape.cells(), symbols), shape.cells(), symbols);
            Long2DoubleOpenHashMap map = shapes.computeIfAbsent(shape, s -> new Long2DoubleOpenHashMap());
            double v = e.getValue();
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("block '" + e.getKey() + "': CTM value " + v + " is not a finite number >= 0");
            }
            if (map.containsKey(code) && Math.abs(map.get(code) - v) > 1e-9 * Math.max(1, v)) {
                throw new IllegalArgumentException("block '" + e.getKey() + "': value " + v + " differs from "
                        + map.get(code) + " given for another relabelling of the same pattern");
            }
            map.put(code, v);
        }
        return new CtmValues(name, symbols, dimensions, shapes);
    }

    /**
     * Reads values from a TSV file: one block per line, the block in the first column and K in the last (so
     * {@code ait tables export} output works as it is); a header line and lines starting with '#' are skipped.
     *
     * @throws InputException naming the file and line for anything that is not such a file
     * @throws IOException    when the file cannot be read
     */
    public static CtmValues readTsv(Path file, int symbols, int dimensions) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readTsv(in, file, symbols, dimensions);
        }
    }

    /** Reads values from TSV text; {@code file} names it in messages (and the values). */
    public static CtmValues readTsv(BufferedReader in, Path file, int symbols, int dimensions) throws IOException {
        Map<String, Double> values = new java.util.HashMap<>();
        try {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String last = f[f.length - 1].trim();
                double v;
                try {
                    v = Double.parseDouble(last);
                } catch (NumberFormatException e) {
                    if (values.isEmpty()) {
                        continue; // header
                    }
                    throw new InputException(file + ":" + n + ": '" + last + "' is not a number");
                }
                if (f.length < 2) {
                    throw new InputException(file + ":" + n + ": expected 'block<TAB>...<TAB>K'");
                }
                values.put(f[0].trim(), v);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": not a UTF-8 text file");
        }
        if (values.isEmpty()) {
            throw new InputException(file + ": no values");
        }
        try {
            return of(file.getFileName().toString(), symbols, dimensions, values);
        } catch (IllegalArgumentException e) {
            // of() checks blocks and values for any caller; coming from a file they are the user's to fix.
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private static BlockShape parseBlock(String block, int k, int dimensions, byte[] cells) {
        String[] rows = dimensions == 1 ? new String[] {block} : block.split("-", -1);
        int cols = rows[0].length();
        if (cols == 0 || (dimensions == 1 && block.indexOf('-') >= 0)) {
            throw new IllegalArgumentException("block '" + block + "' is empty or malformed");
        }
        if ((long) rows.length * cols > 62) {
            throw new IllegalArgumentException("block '" + block + "' has more than 62 cells");
        }
        int i = 0;
        for (String row : rows) {
            if (row.length() != cols) {
                throw new IllegalArgumentException("block '" + block + "' has rows of different lengths");
            }
            for (int c = 0; c < cols; c++) {
                int s = OutputCodec.symbolOf(row.charAt(c), k);
                if (s < 0) {
                    throw new IllegalArgumentException("block '" + block + "': '" + row.charAt(c)
                            + "' is not a symbol of the " + k + "-symbol alphabet");
                }
                cells[i++] = (byte) s;
            }
        }
        BlockShape shape = new BlockShape(rows.length, cols);
        if (BlockCodes.codeCount(k, shape.cells()) < 0) {
            throw new IllegalArgumentException("block '" + block + "' is too large to code");
        }
        return shape;
    }

    public String name() {
        return name;
    }

    public int symbols() {
        return symbols;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Block shapes that have at least one value, smallest first. */
    public NavigableSet<BlockShape> shapes() {
        return Collections.unmodifiableNavigableSet(byShape.navigableKeySet());
    }

    public boolean has(BlockShape shape) {
        return byShape.containsKey(shape);
    }

    /** Number of patterns of a shape with a value. */
    public int patterns(BlockShape shape) {
        Long2DoubleOpenHashMap m = byShape.get(shape);
        return m == null ? 0 : m.size();
    }

    /** K of a block given by its code (any relabelling), or NaN when it has no value. */
    public double complexity(BlockShape shape, long code) {
        Long2DoubleOpenHashMap m = byShape.get(shape);
        if (m == null) {
            return Double.NaN;
        }
        return m.getOrDefault(BlockCodes.canonical(code, shape.cells(), symbols), Double.NaN);
    }

    /** Visits every pattern of a shape: its canonical code and K. */
    public void forEachPattern(BlockShape shape, CtmTable.PatternVisitor visitor) {
        Long2DoubleOpenHashMap m = byShape.get(shape);
        if (m != null) {
            for (Long2DoubleMap.Entry e : m.long2DoubleEntrySet()) {
                visitor.visit(e.getLongKey(), e.getDoubleValue());
            }
        }
    }

    @Override
    public String toString() {
        return name + " (" + dimensions + "D, " + symbols + " symbols, shapes " + byShape.keySet() + ")";
    }
}
