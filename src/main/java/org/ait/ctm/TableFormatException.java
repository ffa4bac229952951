package org.ait.ctm;

import org.ait.io.InputException;

/** A table file that cannot be used: not a table, another format version, corrupted or truncated. */
public final class TableFormatException extends InputException {
    public TableFormatException(String message) {
        super(message);
    }
}
