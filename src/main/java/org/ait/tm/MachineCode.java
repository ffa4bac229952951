package org.ait.tm;

/**
 * A partial transition table in one {@code long}, and its text (formalism §1: {@code 1RB1-H_0LA1RB}, {@code ---} for
 * a transition the run never reads).
 *
 * <p>Each transition takes {@link #bitsPerTransition} bits, transition 0 (state A reading 0) in the most significant
 * place; its value ranks the transition's three-character text: {@code ---} is 0, then, for each written symbol w in
 * increasing order, {@code {w}-H} and the moving transitions by move letter, then next state. As every transition
 * prints in exactly three characters, comparing two codes (unsigned) compares the two machines' texts
 * lexicographically: the deterministic tie-break among equally small witnesses.
 *
 * <p>Moves: 1D L, R; 2D (turmites) D, L, R, U in that order (alphabetical, as in the text).
 */
public final class MachineCode {

    /** Move letters by rank: 1D, and 2D. */
    private static final char[] MOVES_1D = {'L', 'R'};
    private static final char[] MOVES_2D = {'D', 'L', 'R', 'U'};

    private MachineCode() {
    }

    /** Bits one transition takes for this space. */
    public static int bitsPerTransition(MachineSpace space) {
        return 32 - Integer.numberOfLeadingZeros(space.choicesPerTransition());
    }

    /** Whether a partial table of this space fits in one code (true for the binary spaces up to (6,2) 1D, (5,2) 2D). */
    public static boolean fits(MachineSpace space) {
        return space.transitions() * bitsPerTransition(space) <= 64 && space.states() <= 26;
    }

    /** Rank of "halt writing w". */
    public static int haltRank(MachineSpace space, int write) {
        return 1 + write * (1 + space.moves() * space.states());
    }

    /**
     * Rank of "write w, move, go to q". {@code moveRank} is the move's place among the move letters: 1D L = 0, R = 1;
     * 2D D = 0, L = 1, R = 2, U = 3.
     */
    public static int moveRank(MachineSpace space, int write, int moveRank, int next) {
        return haltRank(space, write) + 1 + moveRank * space.states() + next;
    }

    /** Where transition t sits in a code (its lowest bit). */
    public static int shift(MachineSpace space, int transition) {
        return (space.transitions() - 1 - transition) * bitsPerTransition(space);
    }

    /** Rank of transition t of a code (0: undefined). */
    public static int rank(long code, MachineSpace space, int transition) {
        return (int) ((code >>> shift(space, transition)) & ((1L << bitsPerTransition(space)) - 1));
    }

    private static long with(long code, MachineSpace space, int transition, int rank) {
        int s = shift(space, transition);
        long mask = ((1L << bitsPerTransition(space)) - 1) << s;
        return (code & ~mask) | ((long) rank << s);
    }

    /** One decoded transition: kind -1 undefined, 0 halt, 1 move; moveRank and next for moves. */
    private record Transition(int kind, int write, int moveRank, int next) {
    }

    private static Transition decode(int rank, MachineSpace space) {
        if (rank == 0) {
            return new Transition(-1, 0, 0, 0);
        }
        int block = 1 + space.moves() * space.states();
        int w = (rank - 1) / block;
        int r = (rank - 1) % block;
        if (r == 0) {
            return new Transition(0, w, 0, 0);
        }
        return new Transition(1, w, (r - 1) / space.states(), (r - 1) % space.states());
    }

    private static int encode(Transition t, MachineSpace space) {
        return t.kind() < 0 ? 0 : t.kind() == 0 ? haltRank(space, t.write())
                : moveRank(space, t.write(), t.moveRank(), t.next());
    }

    /** Number of transitions the code defines. */
    public static int defined(long code, MachineSpace space) {
        int d = 0;
        for (int t = 0; t < space.transitions(); t++) {
            d += rank(code, space, t) != 0 ? 1 : 0;
        }
        return d;
    }

    /**
     * States a run of this partial table visits: A and every target of a defined transition (in a tree leaf every
     * defined transition was read, hence executed, so its target was entered).
     */
    public static int states(long code, MachineSpace space) {
        int seen = 1;
        for (int t = 0; t < space.transitions(); t++) {
            Transition x = decode(rank(code, space, t), space);
            if (x.kind() == 1) {
                seen |= 1 << x.next();
            }
        }
        return Integer.bitCount(seen);
    }

    /** The text of formalism §1, e.g. {@code 1RB1-H_0LA---}. */
    public static String text(long code, MachineSpace space) {
        int n = space.states();
        int k = space.symbols();
        char[] moves = space.dim() == 1 ? MOVES_1D : MOVES_2D;
        StringBuilder sb = new StringBuilder(n * (3 * k + 1));
        for (int q = 0; q < n; q++) {
            if (q > 0) {
                sb.append('_');
            }
            for (int s = 0; s < k; s++) {
                Transition x = decode(rank(code, space, q * k + s), space);
                if (x.kind() < 0) {
                    sb.append("---");
                } else {
                    sb.append(OutputCodec.charOf(x.write()));
                    sb.append(x.kind() == 0 ? '-' : moves[x.moveRank()]);
                    sb.append(x.kind() == 0 ? 'H' : (char) ('A' + x.next()));
                }
            }
        }
        return sb.toString();
    }

    /**
     * Parses the text of formalism §1 for the given space.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static long parse(String text, MachineSpace space) {
        if (!fits(space)) {
            throw new IllegalArgumentException("machines of " + space + " do not fit in a code");
        }
        int n = space.states();
        int k = space.symbols();
        String[] states = text.trim().split("_", -1);
        if (states.length != n) {
            throw new IllegalArgumentException("'" + text + "' has " + states.length + " states, the space " + space
                    + " has " + n);
        }
        String moves = new String(space.dim() == 1 ? MOVES_1D : MOVES_2D);
        long code = 0;
        for (int q = 0; q < n; q++) {
            if (states[q].length() != 3 * k) {
                throw new IllegalArgumentException("state " + (char) ('A' + q) + " of '" + text + "' is not " + k
                        + " transitions of 3 characters");
            }
            for (int s = 0; s < k; s++) {
                String t = states[q].substring(3 * s, 3 * s + 3);
                Transition x;
                if (t.equals("---")) {
                    x = new Transition(-1, 0, 0, 0);
                } else {
                    int w = OutputCodec.symbolOf(t.charAt(0), k);
                    if (w < 0) {
                        throw new IllegalArgumentException("'" + t + "': '" + t.charAt(0) + "' is not a symbol");
                    }
                    if (t.charAt(1) == '-' && t.charAt(2) == 'H') {
                        x = new Transition(0, w, 0, 0);
                    } else {
                        int m = moves.indexOf(t.charAt(1));
                        int next = t.charAt(2) - 'A';
                        if (m < 0 || next < 0 || next >= n) {
                            throw new IllegalArgumentException("'" + t + "' is not a transition of " + space);
                        }
                        x = new Transition(1, w, m, next);
                    }
                }
                code = with(code, space, q * k + s, encode(x, space));
            }
        }
        return code;
    }

    /** 1D: the mirror image (every move swapped), which prints the reversed output. */
    public static long mirror(long code, MachineSpace space) {
        return mapMoves(code, space, new int[] {1, 0});
    }

    /** 2D: every move turned 90 degrees clockwise (R to D, D to L, L to U, U to R): prints the turned output. */
    public static long rotate(long code, MachineSpace space) {
        // By rank D, L, R, U -> L, U, D, R.
        return mapMoves(code, space, new int[] {1, 3, 0, 2});
    }

    /** 2D: up and down swapped, which prints the output with its rows reversed. */
    public static long flipRows(long code, MachineSpace space) {
        return mapMoves(code, space, new int[] {3, 1, 2, 0});
    }

    private static long mapMoves(long code, MachineSpace space, int[] map) {
        long out = code;
        for (int t = 0; t < space.transitions(); t++) {
            Transition x = decode(rank(code, space, t), space);
            if (x.kind() == 1) {
                out = with(out, space, t, encode(new Transition(1, x.write(), map[x.moveRank()], x.next()), space));
            }
        }
        return out;
    }

    /**
     * Binary machines: the complement (symbols 0 and 1 exchanged in what is read and what is written), which run from
     * the blank-1 tape prints the complement of what the machine prints from the blank-0 tape.
     */
    public static long complement(long code, MachineSpace space) {
        if (space.symbols() != 2) {
            throw new IllegalArgumentException("complement is defined for binary machines");
        }
        long out = 0;
        for (int q = 0; q < space.states(); q++) {
            for (int s = 0; s < 2; s++) {
                Transition x = decode(rank(code, space, q * 2 + s), space);
                Transition y = x.kind() < 0 ? x : new Transition(x.kind(), 1 - x.write(), x.moveRank(), x.next());
                out = with(out, space, q * 2 + (1 - s), encode(y, space));
            }
        }
        return out;
    }
}
