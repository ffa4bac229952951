package org.ait.ctm;

import java.io.IOException;

/** A table file that cannot be used: not a table, another format version, corrupted or truncated. */
public final class TableFormatException extends IOException {
    public TableFormatException(String message) {
        super(message);
    }
}
