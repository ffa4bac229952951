package org.ait.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a delimited text file, one at a time (memory: one record): fields split at the delimiter, double
 * quotes around a field that holds delimiters, quotes ({@code ""}) or line breaks, spaces around fields trimmed,
 * empty lines skipped. A leading UTF-8 byte-order mark is dropped.
 */
public final class CsvRecords {

    /** A field this long is no number and no name: most likely a quote that never closes. */
    static final int MAX_FIELD = 1 << 16;

    private final Reader in;
    private final String source;
    private final char delimiter;
    private long row;
    private int pushedBack = -2;
    private boolean first = true;

    /** @param in read through a buffer; decoding errors surface as {@link InputException}s naming the row */
    public CsvRecords(Reader in, String source, char delimiter) {
        this.in = in;
        this.source = source;
        this.delimiter = delimiter;
    }

    /** The number of the record last returned, 1-based (the header is row 1). */
    public long row() {
        return row;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            int c = in.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    c = in.read();
                }
            }
            return c;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(source + ": row " + (row + 1) + ": not UTF-8 text");
        }
    }

    /**
     * The next record's fields, or null at the end.
     *
     * @throws InputException for a quote that does not close, text after a closing quote, or an overlong field
     */
    public String[] next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int c = read();
        // Empty lines are no records.
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        row++;
        while (true) {
            while (c == ' ') {
                c = read();
            }
            if (c == '"') {
                c = read();
                while (true) {
                    if (c == -1) {
                        throw new InputException(source + ": row " + row + ": a quoted field never closes");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    }
                    append(field, c);
                    c = read();
                }
                while (c == ' ') {
                    c = read();
                }
                if (c != delimiter && c != '\n' && c != '\r' && c != -1) {
                    throw new InputException(source + ": row " + row + ", field " + (fields.size() + 1)
                            + ": text after a closing quote");
                }
            } else {
                while (c != delimiter && c != '\n' && c != '\r' && c != -1) {
                    append(field, c);
                    c = read();
                }
            }
            fields.add(field.toString().strip());
            field.setLength(0);
            if (c == delimiter) {
                c = read();
                continue;
            }
            if (c == '\r') {
                int n = read();
                if (n != '\n') {
                    pushedBack = n;
                }
            }
            return fields.toArray(String[]::new);
        }
    }

    private void append(StringBuilder field, int c) {
        if (field.length() >= MAX_FIELD) {
            throw new InputException(source + ": row " + row + ": a field longer than " + MAX_FIELD
                    + " characters (a quote that never closes?)");
        }
        field.append((char) c);
    }
}
