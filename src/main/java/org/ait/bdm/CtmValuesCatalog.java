package org.ait.bdm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.io.InputException;

/**
 * The CTM values a BDM scorer looks blocks up in, by the name a user gives: a table name or {@code .ctm} file, or a
 * TSV of values ({@code .tsv} or {@code .txt}); by default the table that suits the dimension and alphabet. Loaded
 * once per process and reading only outputs up to the block's longer side, so repeated and large scorings stay fast.
 */
public final class CtmValuesCatalog {

    /** Default for binary strings: the (5,2) table. */
    public static final String DEFAULT_1D = "ctm-1d-s5-k2";

    private static final Map<String, CtmValues> LOADED = new ConcurrentHashMap<>();

    private CtmValuesCatalog() {
    }

    /** The default table for a dimension and alphabet: (5,2) 1D or 2D, or the sampled (4,k) table for k symbols. */
    public static String defaultName(int dimensions, int symbols) {
        return dimensions == 2 ? "ctm-2d-s5-k" + symbols : symbols == 2 ? DEFAULT_1D : "ctm-1d-s4-k" + symbols;
    }

    /**
     * The values named {@code name}.
     *
     * @param symbols the alphabet of a TSV (a table knows its own); null for 2
     * @param maxSide the longest block side looked up: longer outputs of a table are not read
     * @throws InputException for an unknown, damaged or malformed table or file, or a table of another dimension
     * @throws IOException    when a file cannot be read
     */
    public static CtmValues load(String name, int dimensions, Integer symbols, int maxSide) throws IOException {
        String key = name + "|" + dimensions + "|" + symbols + "|" + maxSide;
        CtmValues cached = LOADED.get(key);
        if (cached != null) {
            return cached;
        }
        CtmValues v;
        Path path = Paths.get(name);
        if (Files.isRegularFile(path) && isTsv(path)) {
            v = CtmValues.readTsv(path, symbols == null ? 2 : symbols, dimensions);
        } else {
            CtmTable t;
            try {
                t = TableCatalog.load(name, maxSide);
            } catch (IOException e) {
                // A table the user named that cannot be read is the user's to fix (a path, a permission).
                throw new InputException(e.getMessage(), e);
            }
            if (dimensions != t.dimensions()) {
                throw new InputException("table " + t.name() + " is " + t.dimensions() + "D; --dim " + dimensions
                        + " needs a " + dimensions + "D table (--table)");
            }
            v = CtmValues.of(t);
        }
        LOADED.put(key, v);
        return v;
    }

    private static boolean isTsv(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".tsv") || n.endsWith(".txt");
    }
}
