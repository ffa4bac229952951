package org.ait.synth.automata;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * An observed space-time diagram, immutable: {@link #steps()} configurations in time order, each a row of
 * {@link #width()} cells (1D) or a frame of {@link #height()} x {@link #width()} cells stored row by row (2D).
 * Cells hold symbols 0..15 or {@link #MISSING}; a missing step is one whose cells are all missing.
 */
public final class Diagram {

    public static final byte MISSING = -1;

    private final int steps;
    private final int height;
    private final int width;
    private final int dimensions;
    private final byte[] cells;

    private Diagram(int steps, int height, int width, int dimensions, byte[] cells) {
        if (steps < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("a diagram needs at least one step and one cell");
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] < MISSING || cells[i] > 15) {
                throw new IllegalArgumentException("cell " + i + " holds " + cells[i] + ", not a symbol 0..15 or -1");
            }
        }
        this.steps = steps;
        this.height = height;
        this.width = width;
        this.dimensions = dimensions;
        this.cells = cells;
    }

    /** A 1D diagram from its rows, all of one width ({@link #MISSING} for a missing cell). */
    public static Diagram ofRows(byte[]... rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a diagram needs at least one row");
        }
        int width = rows[0].length;
        byte[] cells = new byte[rows.length * width];
        for (int t = 0; t < rows.length; t++) {
            if (rows[t].length != width) {
                throw new IllegalArgumentException("row " + t + " has " + rows[t].length + " cells, row 0 has " + width);
            }
            System.arraycopy(rows[t], 0, cells, t * width, width);
        }
        return new Diagram(rows.length, 1, width, 1, cells);
    }

    /** A 2D diagram from its frames, each {@code height * width} cells row by row. */
    public static Diagram ofFrames(int height, int width, byte[]... frames) {
        if (frames.length == 0) {
            throw new IllegalArgumentException("a diagram needs at least one frame");
        }
        byte[] cells = new byte[frames.length * height * width];
        for (int t = 0; t < frames.length; t++) {
            if (frames[t].length != height * width) {
                throw new IllegalArgumentException("frame " + t + " has " + frames[t].length + " cells, not "
                        + height + "x" + width);
            }
            System.arraycopy(frames[t], 0, cells, t * height * width, height * width);
        }
        return new Diagram(frames.length, height, width, 2, cells);
    }

    public int steps() {
        return steps;
    }

    /** Rows of a frame (1 in 1D). */
    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Cells of one step: width in 1D, height * width in 2D. */
    public int cellsPerStep() {
        return height * width;
    }

    /** The symbol of a cell (position y * width + x in 2D), or {@link #MISSING}. */
    public byte cell(int step, int position) {
        return cells[step * cellsPerStep() + position];
    }

    /** A copy of one step's row or frame. */
    public byte[] cells(int step) {
        int n = cellsPerStep();
        return Arrays.copyOfRange(cells, step * n, (step + 1) * n);
    }

    /** True when no cell is missing. */
    public boolean complete() {
        for (byte b : cells) {
            if (b == MISSING) {
                return false;
            }
        }
        return true;
    }

    /** True when the step has at least one observed cell. */
    public boolean observed(int step) {
        int n = cellsPerStep();
        for (int i = step * n; i < (step + 1) * n; i++) {
            if (cells[i] != MISSING) {
                return true;
            }
        }
        return false;
    }

    /** The number of symbols the data show: the largest symbol + 1, at least 2. */
    public int colours() {
        int max = 1;
        for (byte b : cells) {
            max = Math.max(max, b);
        }
        return max + 1;
    }

    /** One column of a 1D diagram, top to bottom. */
    public byte[] column(int x) {
        requireRows("a column");
        byte[] c = new byte[steps];
        for (int t = 0; t < steps; t++) {
            c[t] = cells[t * width + x];
        }
        return c;
    }

    /** The part of a 1D diagram in steps [fromStep, fromStep + steps) and columns [fromColumn, fromColumn + width). */
    public Diagram window(int fromStep, int steps, int fromColumn, int width) {
        requireRows("a window");
        if (fromStep < 0 || steps < 1 || fromStep + steps > this.steps || fromColumn < 0 || width < 1
                || fromColumn + width > this.width) {
            throw new IllegalArgumentException("window " + steps + "x" + width + " at (" + fromStep + ", " + fromColumn
                    + ") does not fit in " + this.steps + "x" + this.width);
        }
        byte[][] rows = new byte[steps][];
        for (int t = 0; t < steps; t++) {
            int from = (fromStep + t) * this.width + fromColumn;
            rows[t] = Arrays.copyOfRange(cells, from, from + width);
        }
        return ofRows(rows);
    }

    /**
     * The diagram with each observed cell replaced, independently with probability p, by one of the other
     * {@code colours - 1} symbols chosen uniformly (seeded, so the same call gives the same flips).
     */
    public Diagram withFlips(double p, int colours, long seed) {
        if (colours < colours()) {
            throw new IllegalArgumentException("the diagram shows " + colours() + " symbols, not " + colours);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        byte[] out = cells.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != MISSING && rng.nextDouble() < p) {
                out[i] = (byte) ((out[i] + 1 + rng.nextInt(colours - 1)) % colours);
            }
        }
        return new Diagram(steps, height, width, dimensions, out);
    }

    /** The diagram with each cell made missing independently with probability p (seeded). */
    public Diagram withMissing(double p, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        byte[] out = cells.clone();
        for (int i = 0; i < out.length; i++) {
            if (rng.nextDouble() < p) {
                out[i] = MISSING;
            }
        }
        return new Diagram(steps, height, width, dimensions, out);
    }

    /** The diagram with the given steps entirely missing. */
    public Diagram withMissingSteps(int... missing) {
        byte[] out = cells.clone();
        for (int t : missing) {
            Arrays.fill(out, t * cellsPerStep(), (t + 1) * cellsPerStep(), MISSING);
        }
        return new Diagram(steps, height, width, dimensions, out);
    }

    /** The text {@link DiagramReader} reads: one row per line, '.' for a missing cell, a blank line between frames. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (int t = 0; t < steps; t++) {
            if (dimensions == 2 && t > 0) {
                s.append('\n');
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    byte b = cells[(t * height + y) * width + x];
                    s.append(b == MISSING ? '.' : Character.forDigit(b, 16));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private void requireRows(String what) {
        if (dimensions != 1) {
            throw new IllegalArgumentException(what + " is taken from a 1D diagram, this one has frames");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagram d && d.steps == steps && d.height == height && d.width == width
                && d.dimensions == dimensions && Arrays.equals(d.cells, cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells) * 31 + width;
    }

    @Override
    public String toString() {
        return text();
    }
}
