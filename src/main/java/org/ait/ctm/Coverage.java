package org.ait.ctm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ait.tm.OutputCodec;

/**
 * How much of the output space a table covers: per length (1D) or shape (2D), the outputs with a value against all
 * possible ones, and for tables of more than two symbols also the patterns (strings up to relabelling of symbols).
 *
 * @param key the length (an {@link Integer}, 1D) or the shape ("RxC", 2D)
 * @param have outputs of that length or shape with a value
 * @param of all outputs of that length or shape: k^cells (a double, as it overflows a long)
 * @param patterns patterns with a value (1D tables up to the packed length, else 0)
 * @param patternsOf all patterns of that length over k symbols, or 0 where not counted (binary tables, 2D)
 */
public record Coverage(Object key, long have, double of, long patterns, long patternsOf) {

    /** One row per length (1D, from 1) or per shape present (2D, in the table's order). */
    public static List<Coverage> of(CtmTable t) {
        List<Coverage> rows = new ArrayList<>();
        if (t.dimensions() == 2) {
            for (Map.Entry<String, Long> e : t.arraysByShape().entrySet()) {
                String[] rc = e.getKey().split("x");
                rows.add(new Coverage(e.getKey(), e.getValue(),
                        Math.pow(t.symbols(), Integer.parseInt(rc[0]) * Integer.parseInt(rc[1])), 0, 0));
            }
            return rows;
        }
        long[] byLength = t.stringsByLength();
        int packed = OutputCodec.maxPackedLength(t.symbols());
        for (int len = 1; len < byLength.length; len++) {
            long[] patterns = {0};
            if (len <= packed) {
                t.forEachPattern(len, (code, k) -> patterns[0]++);
            }
            // Binary patterns are just strings with their complement: counting them tells nothing new.
            long patternsOf = t.symbols() > 2 && len <= packed ? allPatterns(len, t.symbols()) : 0;
            rows.add(new Coverage(len, byLength[len], Math.pow(t.symbols(), len), patterns[0], patternsOf));
        }
        return rows;
    }

    /**
     * Patterns of a length over at most k symbols: strings whose symbols appear in order 0, 1, 2, ..., counted as
     * the sum of the Stirling numbers of the second kind S(length, j) for j = 1..k.
     */
    public static long allPatterns(int length, int k) {
        long[] s = new long[k + 1]; // S(n, j) for the current n
        s[0] = 1;
        for (int n = 1; n <= length; n++) {
            for (int j = Math.min(n, k); j >= 1; j--) {
                s[j] = j * s[j] + s[j - 1];
            }
            s[0] = 0;
        }
        long total = 0;
        for (int j = 1; j <= k; j++) {
            total += s[j];
        }
        return total;
    }
}
