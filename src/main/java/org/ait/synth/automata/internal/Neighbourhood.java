package org.ait.synth.automata.internal;

import org.ait.synth.automata.Boundary;

/** Reads a cell of a row or frame by coordinates that may lie past its edges, as the boundary says. */
public final class Neighbourhood {

    /** The symbol a cell read as unknown: missing from the data, or beyond the edge of a window. */
    public static final int UNKNOWN = -1;

    private Neighbourhood() {
    }

    /** Column x of a row (x may be negative or past the end): its symbol, or {@link #UNKNOWN}. */
    public static int at(byte[] row, int x, Boundary boundary) {
        int width = row.length;
        if (x >= 0 && x < width) {
            return row[x];
        }
        return switch (boundary) {
            case CYCLIC -> row[Math.floorMod(x, width)];
            case ZERO -> 0;
            case WINDOW -> UNKNOWN;
        };
    }

    /** Cell (y, x) of a frame stored row by row: its symbol, or {@link #UNKNOWN}. */
    public static int at(byte[] frame, int width, int y, int x, Boundary boundary) {
        int height = frame.length / width;
        if (x >= 0 && x < width && y >= 0 && y < height) {
            return frame[y * width + x];
        }
        return switch (boundary) {
            case CYCLIC -> frame[Math.floorMod(y, height) * width + Math.floorMod(x, width)];
            case ZERO -> 0;
            case WINDOW -> UNKNOWN;
        };
    }
}
