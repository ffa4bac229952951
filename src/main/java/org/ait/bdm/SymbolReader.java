package org.ait.bdm;

import org.ait.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads objects to score from text: symbols '0'..'9', 'a'..'f' (case-insensitive). 1D: one string, whitespace
 * ignored. 2D: one row per line, blank lines skipped, spaces and tabs within a line ignored, every row of equal
 * length. Errors name the source, line and column. Reading streams: the whole text is never held at once unless
 * {@link #read} is asked for it.
 */
public final class SymbolReader {

    private static final byte SPACE = -2;
    private static final byte NEWLINE = -3;
    private static final byte INVALID = -1;
    private static final byte[] TABLE = new byte[256];

    static {
        Arrays.fill(TABLE, INVALID);
        for (int c = '0'; c <= '9'; c++) {
            TABLE[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            TABLE[c] = (byte) (c - 'a' + 10);
            TABLE[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
        }
        TABLE[' '] = SPACE;
        TABLE['\t'] = SPACE;
        TABLE['\r'] = SPACE;
        TABLE['\f'] = SPACE;
        TABLE['\n'] = NEWLINE;
    }

    private SymbolReader() {
    }

    /** Receives the symbols: 1D in chunks, 2D one row at a time. */
    interface Sink {
        void symbols(byte[] chunk, int len);

        void row(byte[] row, int len, long line);
    }

    /** Scores a text stream with bounded memory (a block or a band of block rows). */
    public static BdmResult score(InputStream in, String source, BdmScorer scorer) throws IOException {
        StreamingBdm st = scorer.streaming();
        parse(in, source, scorer.dimensions(), scorer.symbols(), new Sink() {
            @Override
            public void symbols(byte[] chunk, int len) {
                st.accept(chunk, 0, len);
            }

            @Override
            public void row(byte[] row, int len, long line) {
                st.acceptRow(row, 0, len);
            }
        });
        return st.finish();
    }

    /** Reads a whole object into memory. */
    public static SymbolGrid read(InputStream in, String source, int dimensions, int k) throws IOException {
        byte[][] data = {new byte[1 << 12]};
        long[] size = {0};
        int[] shape = {0, -1};
        parse(in, source, dimensions, k, new Sink() {
            @Override
            public void symbols(byte[] chunk, int len) {
                append(chunk, len);
            }

            @Override
            public void row(byte[] row, int len, long line) {
                append(row, len);
                shape[0]++;
                shape[1] = len;
            }

            private void append(byte[] chunk, int len) {
                if (size[0] + len > Integer.MAX_VALUE - 16) {
                    throw new InputException(source + ": more than 2^31 symbols do not fit in memory;"
                            + " use 'ait bdm', which streams");
                }
                if (size[0] + len > data[0].length) {
                    data[0] = Arrays.copyOf(data[0], (int) Math.min(Integer.MAX_VALUE - 16,
                            Math.max(size[0] + len, 2L * data[0].length)));
                }
                System.arraycopy(chunk, 0, data[0], (int) size[0], len);
                size[0] += len;
            }
        });
        byte[] cells = Arrays.copyOf(data[0], (int) size[0]);
        return dimensions == 1 ? SymbolGrid.of(cells) : new SymbolGrid(shape[0], Math.max(0, shape[1]), cells);
    }

    static void parse(InputStream in, String source, int dimensions, int k, Sink sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        byte[] out = new byte[1 << 16];
        int outLen = 0;
        long line = 1;
        long offset = 0; // of buf[0] in the input
        long lineStart = 0; // offset of the current line's first byte
        long firstRowLine = -1;
        int firstRowLength = -1;
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.length - outLen < n) {
                // 1D hands its symbols on before each read; 2D keeps a whole row.
                out = Arrays.copyOf(out, Math.max(out.length * 2, outLen + n));
            }
            for (int i = 0; i < n; i++) {
                byte v = TABLE[buf[i] & 0xff];
                if (v >= 0 && v < k) {
                    out[outLen++] = v;
                } else if (v == SPACE) {
                    continue;
                } else if (v == NEWLINE) {
                    if (dimensions == 2 && outLen > 0) {
                        total += outLen;
                        if (firstRowLength < 0) {
                            firstRowLength = outLen;
                            firstRowLine = line;
                        } else if (outLen != firstRowLength) {
                            throw new InputException(source + ": line " + line + " has " + outLen
                                    + " symbols, line " + firstRowLine + " has " + firstRowLength
                                    + " (2D rows must have equal lengths)");
                        }
                        sink.row(out, outLen, line);
                        outLen = 0;
                    }
                    line++;
                    lineStart = offset + i + 1;
                } else {
                    throw new InputException(source + ": line " + line + ", column "
                            + (offset + i - lineStart + 1) + ": " + describe(buf[i] & 0xff) + " is not a symbol of the "
                            + k + "-symbol alphabet (0.." + Character.forDigit(k - 1, 16) + ")");
                }
            }
            offset += n;
            if (dimensions == 1 && outLen > 0) {
                total += outLen;
                sink.symbols(out, outLen);
                outLen = 0;
            }
        }
        if (outLen > 0) {
            total += outLen;
            if (firstRowLength >= 0 && outLen != firstRowLength) {
                throw new InputException(source + ": line " + line + " has " + outLen + " symbols, line "
                        + firstRowLine + " has " + firstRowLength + " (2D rows must have equal lengths)");
            }
            sink.row(out, outLen, line);
        }
        if (total == 0) {
            throw new InputException(source + ": no symbols (empty input)");
        }
    }

    private static String describe(int b) {
        if (b >= 0x21 && b < 0x7f) {
            return "'" + (char) b + "'";
        }
        return String.format("byte 0x%02x", b);
    }
}
