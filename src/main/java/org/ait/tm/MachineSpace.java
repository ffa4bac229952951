package org.ait.tm;

import java.math.BigInteger;

/**
 * A space of Turing machines in the Rado formalism: {@code states} working states plus one halting state,
 * {@code symbols} tape symbols (blank 0), on a 1D tape or (dim 2) a 2D grid (turmites).
 *
 * <p>A transition for (state, read symbol) is either "halt writing w" or "write w, move, go to state q'", so
 * there are {@code moves * states * symbols + symbols} choices per transition and
 * {@code choices^(states * symbols)} machines.
 */
public record MachineSpace(int dim, int states, int symbols) implements java.io.Serializable {

    /** Largest alphabet the packed codes and the file format support. */
    public static final int MAX_SYMBOLS = 16;

    public MachineSpace {
        if (dim != 1 && dim != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, got " + dim);
        }
        if (states < 1) {
            throw new IllegalArgumentException("states must be at least 1, got " + states);
        }
        if (symbols < 2 || symbols > MAX_SYMBOLS) {
            throw new IllegalArgumentException("symbols must be between 2 and " + MAX_SYMBOLS + ", got " + symbols);
        }
    }

    /** Head moves of a non-halting transition: L, R in 1D; up, down, left, right in 2D. */
    public int moves() {
        return dim == 1 ? 2 : 4;
    }

    /** Number of (state, symbol) pairs, i.e. entries of a transition table. */
    public int transitions() {
        return states * symbols;
    }

    /** Choices for one transition: {@code moves * states * symbols + symbols}. */
    public int choicesPerTransition() {
        return moves() * states * symbols + symbols;
    }

    /** Number of machines, exactly. */
    public BigInteger size() {
        return BigInteger.valueOf(choicesPerTransition()).pow(transitions());
    }

    /** True when every count over this space fits in a signed 64-bit integer. */
    public boolean fitsInLong() {
        return size().bitLength() < 63;
    }

    /** The conventional table name, e.g. {@code ctm-1d-s5-k2}. */
    public String tableName() {
        return "ctm-" + dim + "d-s" + states + "-k" + symbols;
    }

    /** Busy-beaver step counts S(n) for binary 1D machines (halting step included), or -1 when unknown. */
    public static int busyBeaverSteps(int states) {
        return switch (states) {
            case 1 -> 1;
            case 2 -> 6;
            case 3 -> 21;
            case 4 -> 107;
            default -> -1;
        };
    }

    @Override
    public String toString() {
        return "(" + states + "," + symbols + ")" + (dim == 2 ? " 2D" : "");
    }
}
