package org.ait.synth.automata;

import org.ait.io.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads diagrams from text: one row per line, each cell one character, 0-9 and a-f for the symbols 0..15 and '.'
 * or '?' for a missing cell; every row of one width; a missing row is a row of '.'. Frames of a 2D diagram are
 * separated by blank lines. Trailing blank lines are ignored. Bad input is an {@link InputException} whose
 * one-line message names the line (and column) at fault.
 */
public final class DiagramReader {

    private DiagramReader() {
    }

    /** A 1D diagram: one row per line. */
    public static Diagram rows(String text) {
        List<byte[]> rows = new ArrayList<>();
        String[] lines = lines(text);
        int width = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new InputException("line " + (i + 1) + ": empty row (frames of a 2D diagram are read"
                        + " with DiagramReader.frames)");
            }
            width = checkWidth(lines[i], i, width);
            rows.add(parse(lines[i], i));
        }
        if (rows.isEmpty()) {
            throw new InputException("line 1: no rows");
        }
        return Diagram.ofRows(rows.toArray(new byte[0][]));
    }

    /** A 2D diagram: frames of equal size separated by one or more blank lines. */
    public static Diagram frames(String text) {
        String[] lines = lines(text);
        List<byte[]> frames = new ArrayList<>();
        List<byte[]> frame = new ArrayList<>();
        int width = -1;
        int height = -1;
        int frameStart = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length || lines[i].isEmpty();
            if (end) {
                if (!frame.isEmpty()) {
                    if (height >= 0 && frame.size() != height) {
                        throw new InputException("line " + (frameStart + 1) + ": frame of " + frame.size()
                                + " rows, the first frame has " + height);
                    }
                    height = frame.size();
                    byte[] cells = new byte[height * width];
                    for (int y = 0; y < height; y++) {
                        System.arraycopy(frame.get(y), 0, cells, y * width, width);
                    }
                    frames.add(cells);
                    frame.clear();
                }
                continue;
            }
            if (frame.isEmpty()) {
                frameStart = i;
            }
            width = checkWidth(lines[i], i, width);
            frame.add(parse(lines[i], i));
        }
        if (frames.isEmpty()) {
            throw new InputException("line 1: no frames");
        }
        return Diagram.ofFrames(height, width, frames.toArray(new byte[0][]));
    }

    /** The lines, without line ends and trailing blank lines. */
    private static String[] lines(String text) {
        String[] lines = text.split("\r?\n", -1);
        int n = lines.length;
        while (n > 0 && lines[n - 1].isBlank()) {
            n--;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = lines[i].isBlank() ? "" : lines[i];
        }
        return out;
    }

    private static int checkWidth(String line, int index, int width) {
        if (width >= 0 && line.length() != width) {
            throw new InputException("line " + (index + 1) + ": row of " + line.length()
                    + " cells, the first row has " + width);
        }
        return line.length();
    }

    private static byte[] parse(String line, int index) {
        byte[] row = new byte[line.length()];
        for (int x = 0; x < row.length; x++) {
            char ch = line.charAt(x);
            if (ch == '.' || ch == '?') {
                row[x] = Diagram.MISSING;
            } else {
                int v = ch < 128 ? Character.digit(ch, 16) : -1;
                if (v < 0) {
                    throw new InputException("line " + (index + 1) + ", column " + (x + 1) + ": '" + ch
                            + "' is not a symbol (0-9, a-f, or '.' or '?' for a missing cell)");
                }
                row[x] = (byte) v;
            }
        }
        return row;
    }
}
