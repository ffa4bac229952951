package org.ait.synth.automata;

import java.util.Arrays;
import org.ait.synth.mdl.BitCode;

/**
 * A cellular-automaton program: a rule of a family, a boundary and the initial row (1D) or frame (2D, stored row
 * by row, {@code width} cells a row). Initial cells may be {@link Diagram#MISSING} (unknown); whatever depends on
 * an unknown cell is unknown too.
 */
public final class CaProgram {

    private final RuleFamily family;
    private final int rule;
    private final Boundary boundary;
    private final int width;
    private final byte[] initial;
    private final byte[] outputs;

    public CaProgram(RuleFamily family, int rule, Boundary boundary, int width, byte[] initial) {
        this.outputs = family.outputs(rule);
        if (width < 1 || initial.length == 0 || initial.length % width != 0
                || (family.dimensions() == 1 && initial.length != width)) {
            throw new IllegalArgumentException("an initial " + (family.dimensions() == 1 ? "row" : "frame") + " of "
                    + initial.length + " cells does not have width " + width);
        }
        for (byte b : initial) {
            if (b < Diagram.MISSING || b >= family.colours()) {
                throw new IllegalArgumentException("symbol " + b + " is not one of " + family.name() + "'s "
                        + family.colours() + " colours");
            }
        }
        this.family = family;
        this.rule = rule;
        this.boundary = boundary;
        this.width = width;
        this.initial = initial.clone();
    }

    public RuleFamily family() {
        return family;
    }

    public int rule() {
        return rule;
    }

    public Boundary boundary() {
        return boundary;
    }

    public int width() {
        return width;
    }

    public int height() {
        return initial.length / width;
    }

    public byte[] initial() {
        return initial.clone();
    }

    /** The configuration after {@code cells} (same shape): each cell's next symbol, or MISSING when unknown. */
    public byte[] step(byte[] cells) {
        byte[] next = new byte[cells.length];
        for (int p = 0; p < cells.length; p++) {
            int c = family.context(cells, width, p, boundary);
            next[p] = c < 0 ? Diagram.MISSING : outputs[c];
        }
        return next;
    }

    /** The first {@code steps} configurations of a run, the initial one first. */
    public Diagram run(int steps) {
        return diagram(initial, steps, true);
    }

    /** The {@code steps} configurations that follow {@code cells}. */
    public Diagram continueFrom(byte[] cells, int steps) {
        return diagram(cells, steps, false);
    }

    private Diagram diagram(byte[] start, int steps, boolean includeStart) {
        byte[][] out = new byte[steps][];
        byte[] cells = start;
        for (int t = 0; t < steps; t++) {
            if (t > 0 || !includeStart) {
                cells = step(cells);
            }
            out[t] = cells;
        }
        return family.dimensions() == 1 ? Diagram.ofRows(out) : Diagram.ofFrames(height(), width, out);
    }

    /**
     * The prefix-free code of the program given the shape of the data (and which initial cells are missing, which
     * the data show): family tag, boundary, rule number, then each observed initial cell, all as uniform choices.
     */
    public BitCode encode(BitCode code) {
        family.writeTag(code);
        code.choice(boundary.ordinal(), Boundary.values().length);
        code.choice(rule, family.rules());
        for (byte b : initial) {
            if (b != Diagram.MISSING) {
                code.choice(b, family.colours());
            }
        }
        return code;
    }

    /** E.g. {@code elementary rule 30, cyclic boundary, initial row 0001000} or {@code ... initial frame 32x32}. */
    public String text() {
        StringBuilder s = new StringBuilder(family.name()).append(' ').append(family.ruleName(rule)).append(", ")
                .append(boundary.label()).append(" boundary, initial ");
        if (family.dimensions() == 2) {
            return s.append("frame ").append(height()).append('x').append(width).toString();
        }
        s.append("row ");
        for (byte b : initial) {
            s.append(b == Diagram.MISSING ? '.' : Character.forDigit(b, 16));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaProgram p && p.family.equals(family) && p.rule == rule && p.boundary == boundary
                && p.width == width && Arrays.equals(p.initial, initial);
    }

    @Override
    public int hashCode() {
        return ((family.hashCode() * 31 + rule) * 31 + boundary.hashCode()) * 31 + Arrays.hashCode(initial);
    }

    @Override
    public String toString() {
        return text();
    }
}
