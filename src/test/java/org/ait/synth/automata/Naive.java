package org.ait.synth.automata;

/**
 * A deliberately plain simulator, written from the rule definitions without the engine's code (no contexts, no
 * rule tables), for tests to compare the engine against.
 */
public final class Naive {

    private Naive() {
    }

    /** Digit d of n in base k. */
    public static int digit(long n, int d, int k) {
        for (int i = 0; i < d; i++) {
            n /= k;
        }
        return (int) (n % k);
    }

    /** The cell at x of a row, past the edges as the boundary says; -1 when unknown. */
    public static int read(byte[] row, int x, Boundary b) {
        if (x >= 0 && x < row.length) {
            return row[x];
        }
        if (b == Boundary.CYCLIC) {
            return row[((x % row.length) + row.length) % row.length];
        }
        return b == Boundary.ZERO ? 0 : -1;
    }

    /** Elementary rule: new cell = bit (4 l + 2 c + r) of the rule number. */
    public static byte[] elementary(int rule, Boundary b, byte[] row) {
        byte[] next = new byte[row.length];
        for (int x = 0; x < row.length; x++) {
            int l = read(row, x - 1, b);
            int c = read(row, x, b);
            int r = read(row, x + 1, b);
            next[x] = l < 0 || c < 0 || r < 0 ? -1 : (byte) digit(rule, l * 4 + c * 2 + r, 2);
        }
        return next;
    }

    /** Totalistic rule: new cell = digit (sum of the 2r + 1 cells) of the code in base k. */
    public static byte[] totalistic(int radius, int colours, int code, Boundary b, byte[] row) {
        byte[] next = new byte[row.length];
        for (int x = 0; x < row.length; x++) {
            int sum = 0;
            boolean known = true;
            for (int d = -radius; d <= radius; d++) {
                int v = read(row, x + d, b);
                known &= v >= 0;
                sum += v;
            }
            next[x] = known ? (byte) digit(code, sum, colours) : -1;
        }
        return next;
    }

    /** Life-like rule on a torus, given as birth and survival neighbour counts. */
    public static byte[] lifeLike(boolean[] born, boolean[] survives, int height, int width, byte[] frame) {
        byte[] next = new byte[frame.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int live = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (dy != 0 || dx != 0) {
                            live += frame[((y + dy + height) % height) * width + (x + dx + width) % width];
                        }
                    }
                }
                boolean alive = frame[y * width + x] == 1;
                next[y * width + x] = (byte) ((alive ? survives[live] : born[live]) ? 1 : 0);
            }
        }
        return next;
    }

    /** One step of a 1D family's rule. */
    public static byte[] step(RuleFamily family, int rule, Boundary b, byte[] row) {
        if (family instanceof RuleFamily.Elementary) {
            return elementary(rule, b, row);
        }
        RuleFamily.Totalistic t = (RuleFamily.Totalistic) family;
        return totalistic(t.radius(), t.colours(), rule, b, row);
    }

    /** A random row (seeded generator). */
    public static byte[] randomRow(org.apache.commons.rng.UniformRandomProvider rng, int width, int colours) {
        return Protocol.randomRow(rng, width, colours);
    }

    /** Steps rows from an initial row, under a 1D family's rule. */
    public static byte[][] run(RuleFamily family, int rule, Boundary b, byte[] initial, int steps) {
        byte[][] rows = new byte[steps][];
        rows[0] = initial.clone();
        for (int t = 1; t < steps; t++) {
            rows[t] = step(family, rule, b, rows[t - 1]);
        }
        return rows;
    }

    /**
     * The one-step exceptions of a rule on a diagram: observed cells (after step 0) that differ from the rule's
     * output on the observed row before them; cells it cannot predict are not counted.
     */
    public static int exceptions(RuleFamily family, int rule, Boundary b, Diagram d) {
        int wrong = 0;
        for (int t = 1; t < d.steps(); t++) {
            byte[] p = step(family, rule, b, d.cells(t - 1));
            for (int x = 0; x < p.length; x++) {
                wrong += p[x] >= 0 && d.cell(t, x) != Diagram.MISSING && p[x] != d.cell(t, x) ? 1 : 0;
            }
        }
        return wrong;
    }
}
