package org.ait.cli;

import java.io.IOException;
import java.util.Map;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.BlockShape;
import org.ait.bdm.CtmValues;
import org.ait.bdm.CtmValuesCatalog;
import org.ait.bdm.Partition;
import picocli.CommandLine.Option;

/** The options every BDM command shares: which table, block and partition. */
final class ScorerOptions {

    @Option(names = "--dim", defaultValue = "1", description = "1 (a string) or 2 (rows of equal length); default ${DEFAULT-VALUE}.")
    int dim;

    @Option(names = "--alphabet", paramLabel = "K", description = "Number of symbols (default: the table's).")
    Integer alphabet;

    @Option(names = "--block", paramLabel = "L|RxC", description = "Block length (1D, default 12) or shape (2D, default 4x4).")
    String block;

    @Option(names = "--partition", defaultValue = "ignore",
            description = "ignore, correlated, recursive or periodic; default ${DEFAULT-VALUE}.")
    String partition;

    @Option(names = "--shift", paramLabel = "S", description = "Window step of the correlated partition (default 1).")
    Integer shift;

    @Option(names = "--min-length", paramLabel = "M",
            description = "Shortest leftover side the recursive partition still scores (default 2).")
    Integer minLength;

    @Option(names = "--table", paramLabel = "NAME|FILE",
            description = "CTM table: a name (default ctm-1d-s5-k2; ctm-1d-s4-kK for --alphabet K; ctm-2d-s5-k2 "
                    + "for --dim 2), a .ctm file, or a TSV of block<TAB>...<TAB>K values (2D blocks as rows joined by '-').")
    String table;

    BdmScorer scorer() throws IOException {
        if (dim != 1 && dim != 2) {
            throw new UserError("--dim must be 1 or 2, not " + dim);
        }
        if (alphabet != null && (alphabet < 2 || alphabet > 16)) {
            throw new UserError("--alphabet must be between 2 and 16, not " + alphabet);
        }
        Partition p = Partition.parse(partition);
        if (shift != null && p != Partition.CORRELATED) {
            throw new UserError("--shift applies to --partition correlated only");
        }
        if (minLength != null && p != Partition.RECURSIVE) {
            throw new UserError("--min-length applies to --partition recursive only");
        }
        CtmValues values = values();
        if (alphabet != null && alphabet != values.symbols()) {
            throw new UserError("table " + values.name() + " has " + values.symbols() + " symbols, not --alphabet "
                    + alphabet + " (pass a table with --table)");
        }
        BdmScorer.Builder b = BdmScorer.builder(values).dimensions(dim).partition(p);
        if (block != null) {
            try {
                b.block(BlockShape.parse(block, dim));
            } catch (IllegalArgumentException e) {
                throw new UserError("--block: " + e.getMessage());
            }
        }
        if (shift != null) {
            b.shift(shift);
        }
        if (minLength != null) {
            b.minLength(minLength);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private CtmValues values() throws IOException {
        int k = alphabet == null ? 2 : alphabet;
        // BDM looks up blocks only (recursive partitions: blocks and their smaller pieces): read no longer outputs.
        int side = dim == 1 ? 12 : 4;
        if (block != null) {
            try {
                BlockShape shape = BlockShape.parse(block, dim);
                side = Math.max(shape.rows(), shape.cols());
            } catch (IllegalArgumentException e) {
                throw new UserError("--block: " + e.getMessage());
            }
        }
        return CtmValuesCatalog.load(table != null ? table : CtmValuesCatalog.defaultName(dim, k), dim, alphabet, side);
    }

    /** Settings for JSON output. */
    static Map<String, Object> settings(BdmScorer s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("table", s.values().name());
        m.put("dim", s.dimensions());
        m.put("alphabet", s.symbols());
        m.put("block", s.dimensions() == 1 ? (Object) s.block().cols() : s.block().rows() + "x" + s.block().cols());
        m.put("partition", s.partition().label());
        if (s.partition() == Partition.CORRELATED) {
            m.put("shift", s.shift());
        }
        if (s.partition() == Partition.RECURSIVE) {
            m.put("min_length", s.minLength());
        }
        m.put("log_base", 2);
        return m;
    }
}
