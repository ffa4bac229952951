package org.ait.io;

/**
 * How to read a numeric CSV file.
 *
 * @param dialect  the delimiter, or null to detect it from the header line
 * @param missing  what an empty or NA cell does
 * @param maxRows  rows kept: a larger file is streamed and a seeded uniform sample of this many complete rows kept
 * @param seed     seed of that sample
 */
public record CsvOptions(CsvDialect dialect, MissingCells missing, int maxRows, long seed) {

    /** What a missing cell (empty, NA, N/A, NaN, null, #N/A) does. */
    public enum MissingCells {
        /** An error naming its row and column: the default, as silently losing data would mislead. */
        FAIL,
        /** Its row is dropped and counted. */
        DROP_ROW
    }

    public static final CsvOptions DEFAULTS = new CsvOptions(null, MissingCells.FAIL, Integer.MAX_VALUE, 1);

    public CsvOptions {
        if (maxRows < 1) {
            throw new InputException("--max-rows must be at least 1, got " + maxRows);
        }
    }

    public CsvOptions withDialect(CsvDialect d) {
        return new CsvOptions(d, missing, maxRows, seed);
    }

    public CsvOptions withMissing(MissingCells m) {
        return new CsvOptions(dialect, m, maxRows, seed);
    }

    public CsvOptions withMaxRows(int n, long sampleSeed) {
        return new CsvOptions(dialect, missing, n, sampleSeed);
    }
}
