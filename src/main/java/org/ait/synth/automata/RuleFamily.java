package org.ait.synth.automata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ait.synth.automata.internal.Neighbourhood;
import org.ait.synth.mdl.BitCode;

/**
 * A family of cellular-automaton rules. Every family reduces a cell's neighbourhood to a <em>context</em>, an index
 * 0 .. contexts()-1, and a rule is a table giving the next symbol for each context; the rule number is that table
 * read as a number in base {@code colours} (digit c = output for context c), which is Wolfram's numbering for the
 * 1D families. Identification rests on this shape: a rule's errors on a diagram are a sum over contexts, so every
 * rule of a family is scored from one count of (context, next symbol) pairs.
 */
public sealed interface RuleFamily permits RuleFamily.Elementary, RuleFamily.Totalistic, RuleFamily.LifeLike {

    /** The 256 elementary rules. */
    Elementary ELEMENTARY = new Elementary();

    /** The 2^18 Life-like rules. */
    LifeLike LIFE_LIKE = new LifeLike();

    /** Totalistic rules of the given radius and number of colours. */
    static Totalistic totalistic(int radius, int colours) {
        return new Totalistic(radius, colours);
    }

    /** A short name: {@code elementary}, {@code totalistic r=2 k=2}, {@code life-like}. */
    String name();

    int colours();

    /** 1 (rows) or 2 (frames). */
    int dimensions();

    /** The length of a rule table. */
    int contexts();

    /** How far a cell's neighbourhood reaches (in each direction): how fast information spreads per step. */
    int radius();

    /**
     * The context of the cell at {@code position} (y * width + x in a frame) given the configuration it is updated
     * from, or -1 when a cell of its neighbourhood is unknown (missing, or beyond a {@link Boundary#WINDOW} edge).
     */
    int context(byte[] cells, int width, int position, Boundary boundary);

    /** The rule's name within the family: {@code rule 30}, {@code code 20}, {@code B3/S23}. */
    String ruleName(int rule);

    /** The rule a {@link #ruleName} (or its bare number) names. */
    int parseRule(String name);

    /** Writes which family this is (a prefix-free tag with its parameters). */
    void writeTag(BitCode code);

    /** The number of rules, colours^contexts. */
    default int rules() {
        int n = 1;
        for (int c = 0; c < contexts(); c++) {
            n *= colours();
        }
        return n;
    }

    /** The rule table: the next symbol for each context. */
    default byte[] outputs(int rule) {
        if (rule < 0 || rule >= rules()) {
            throw new IllegalArgumentException(name() + " has no rule " + rule + " (0.." + (rules() - 1) + ")");
        }
        byte[] out = new byte[contexts()];
        int rest = rule;
        for (int c = 0; c < out.length; c++) {
            out[c] = (byte) (rest % colours());
            rest /= colours();
        }
        return out;
    }

    /** A rule number written bare or after its word ({@code rule 30}, {@code code 20}), checked for range. */
    private static int number(RuleFamily family, String name, String word) {
        String s = name.strip();
        if (s.startsWith(word)) {
            s = s.substring(word.length()).strip();
        }
        try {
            int rule = Integer.parseInt(s);
            family.outputs(rule);
            return rule;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' is not a " + family.name() + " rule");
        }
    }

    /** Radius 1, 2 colours, context 4 * left + 2 * centre + right (Wolfram's code). */
    record Elementary() implements RuleFamily {

        @Override
        public String name() {
            return "elementary";
        }

        @Override
        public int colours() {
            return 2;
        }

        @Override
        public int dimensions() {
            return 1;
        }

        @Override
        public int contexts() {
            return 8;
        }

        @Override
        public int radius() {
            return 1;
        }

        @Override
        public int context(byte[] cells, int width, int position, Boundary boundary) {
            int l = Neighbourhood.at(cells, position - 1, boundary);
            int c = cells[position];
            int r = Neighbourhood.at(cells, position + 1, boundary);
            return l < 0 || c < 0 || r < 0 ? -1 : 4 * l + 2 * c + r;
        }

        @Override
        public String ruleName(int rule) {
            return "rule " + rule;
        }

        @Override
        public int parseRule(String name) {
            return number(this, name, "rule");
        }

        @Override
        public void writeTag(BitCode code) {
            code.choice(0, 3);
        }
    }

    /**
     * The next symbol depends on the sum of the 2 * radius + 1 cells of the neighbourhood only; the rule number is
     * Wolfram's totalistic code (digit s = output for sum s).
     */
    record Totalistic(int radius, int colours) implements RuleFamily {

        /** Rule numbers are ints and every rule is scored, so a family may have at most 2^22 rules. */
        static final int MAX_RULES = 1 << 22;

        public Totalistic {
            if (radius < 1 || colours < 2 || colours > 4) {
                throw new IllegalArgumentException("totalistic rules need radius >= 1 and 2 to 4 colours, not r="
                        + radius + " k=" + colours);
            }
            double log2Rules = ((2 * radius + 1) * (colours - 1) + 1) * Math.log(colours) / Math.log(2);
            if (log2Rules > 22) {
                throw new IllegalArgumentException("totalistic r=" + radius + " k=" + colours + " has 2^"
                        + Math.round(log2Rules) + " rules, more than the 2^22 identification scores");
            }
        }

        @Override
        public String name() {
            return "totalistic r=" + radius + " k=" + colours;
        }

        @Override
        public int dimensions() {
            return 1;
        }

        @Override
        public int contexts() {
            return (2 * radius + 1) * (colours - 1) + 1;
        }

        @Override
        public int context(byte[] cells, int width, int position, Boundary boundary) {
            int sum = 0;
            for (int x = position - radius; x <= position + radius; x++) {
                int v = Neighbourhood.at(cells, x, boundary);
                if (v < 0) {
                    return -1;
                }
                sum += v;
            }
            return sum;
        }

        @Override
        public String ruleName(int rule) {
            return "code " + rule;
        }

        @Override
        public int parseRule(String name) {
            return number(this, name, "code");
        }

        @Override
        public void writeTag(BitCode code) {
            code.choice(1, 3).natural(radius - 1).natural(colours - 2);
        }
    }

    /**
     * Outer-totalistic rules of the Moore neighbourhood on a 2D frame (Life is B3/S23): context 9 * state + live
     * neighbours, so bit n of the rule number is "born with n neighbours" and bit 9 + n "survives with n".
     */
    record LifeLike() implements RuleFamily {

        private static final Pattern NOTATION = Pattern.compile("[Bb]([0-8]*)/?[Ss]([0-8]*)");

        @Override
        public String name() {
            return "life-like";
        }

        @Override
        public int colours() {
            return 2;
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public int contexts() {
            return 18;
        }

        @Override
        public int radius() {
            return 1;
        }

        @Override
        public int context(byte[] cells, int width, int position, Boundary boundary) {
            int y = position / width;
            int x = position % width;
            int state = cells[position];
            if (state < 0) {
                return -1;
            }
            int live = 0;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dy != 0 || dx != 0) {
                        int v = Neighbourhood.at(cells, width, y + dy, x + dx, boundary);
                        if (v < 0) {
                            return -1;
                        }
                        live += v;
                    }
                }
            }
            return 9 * state + live;
        }

        @Override
        public String ruleName(int rule) {
            byte[] out = outputs(rule);
            StringBuilder s = new StringBuilder("B");
            for (int n = 0; n <= 8; n++) {
                if (out[n] == 1) {
                    s.append(n);
                }
            }
            s.append("/S");
            for (int n = 0; n <= 8; n++) {
                if (out[9 + n] == 1) {
                    s.append(n);
                }
            }
            return s.toString();
        }

        /** B/S notation, e.g. {@code B3/S23} (the slash may be left out). */
        @Override
        public int parseRule(String name) {
            Matcher m = NOTATION.matcher(name.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + name + "' is not B/S notation (e.g. B3/S23)");
            }
            return bits(m.group(1), 0, name) | bits(m.group(2), 9, name);
        }

        private static int bits(String digits, int shift, String name) {
            int bits = 0;
            for (char ch : digits.toCharArray()) {
                int bit = 1 << (shift + ch - '0');
                if ((bits & bit) != 0) {
                    throw new IllegalArgumentException("'" + name + "' repeats " + ch);
                }
                bits |= bit;
            }
            return bits;
        }

        @Override
        public void writeTag(BitCode code) {
            code.choice(2, 3);
        }
    }
}
