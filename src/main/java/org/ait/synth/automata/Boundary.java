package org.ait.synth.automata;

/**
 * What lies beyond the edges of the observed row or frame. The boundary is part of a program: the same rule gives
 * different diagrams under different boundaries, and identification tries each one asked for.
 */
public enum Boundary {

    /** The row is a ring (the frame a torus): the cell past the right edge is the leftmost one. */
    CYCLIC("cyclic"),

    /** Cells beyond the edges hold 0 at every step. */
    ZERO("zero"),

    /**
     * The data are a window cut out of a wider run whose surroundings are unknown: a cell whose neighbourhood
     * reaches past the edge is not predicted (and, in a run of the program, becomes unknown).
     */
    WINDOW("window");

    private final String label;

    Boundary(String label) {
        this.label = label;
    }

    /**
     * The boundary of a name as program texts and {@code --boundary} spell it (any case).
     *
     * @throws org.ait.io.InputException for any other name
     */
    public static Boundary parse(String name) {
        for (Boundary b : values()) {
            if (b.label.equalsIgnoreCase(name.trim())) {
                return b;
            }
        }
        throw new org.ait.io.InputException("unknown boundary '" + name + "' (cyclic, zero or window)");
    }

    /** The lower-case name used in program texts. */
    public String label() {
        return label;
    }
}
