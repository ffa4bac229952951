package org.ait.bdm;

import java.util.Locale;
import org.ait.io.InputException;

/** How an object is split into blocks (formalism §3). */
public enum Partition {
    /** Non-overlapping tiles; what does not fill a whole tile is dropped. */
    IGNORE,
    /** A window sliding by {@code shift} cells along each axis; full windows only. */
    CORRELATED,
    /**
     * Non-overlapping tiles; each leftover piece is tiled again with the largest block that fits (the piece's own
     * shape when the table has it, else a square of its shorter side), down to a minimum side length.
     */
    RECURSIVE,
    /** Non-overlapping tiles on a torus: the last tile of a row or column wraps around, so every tile is full. */
    PERIODIC;

    /**
     * The partition named as {@code --partition} spells it (any case).
     *
     * @throws InputException for an unknown name
     */
    public static Partition parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown partition '" + s + "' (ignore, correlated, recursive, periodic)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
