package org.ait.synth.sequence;

import org.ait.io.InputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading what a user types or saves: integers separated by commas (spaces and line breaks allowed), or a string
 * of symbols {@code 0-9a-f} without separators. Errors are {@link InputException}s of one line naming the
 * position (term number, or line and column for a file).
 */
public final class SequenceInput {

    private SequenceInput() {
    }

    /** What the text is, guessed from its shape unless forced. */
    public enum Kind {
        INTEGERS, SYMBOLS, DIAGRAM
    }

    /**
     * The kind of a text: several lines of symbols ('.' or '?' for a missing cell) of one length of at least 3, or
     * frames separated by blank lines, are a diagram; one line of symbols is a symbol string; the rest integers.
     */
    public static Kind guess(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new InputException("the input is empty");
        }
        List<String> lines = t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean symbolic = lines.stream().allMatch(l -> l.matches("[0-9a-fA-F.?]+"));
        boolean rows = lines.stream().allMatch(l -> l.length() == lines.get(0).length())
                && (lines.get(0).length() >= 3 || t.contains(".") || t.contains("?"));
        if (lines.size() > 1 && symbolic && rows) {
            return Kind.DIAGRAM;
        }
        if (lines.size() == 1 && lines.get(0).matches("[0-9a-fA-F]+")) {
            return Kind.SYMBOLS;
        }
        // A file that mixes rows of symbols with lines of separated integers is neither kind: say so.
        int row = -1;
        int list = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("[0-9a-fA-F]{2,}") && l.matches(".*[a-fA-F].*|0.+")) {
                row = row < 0 ? i : row;
            } else if (l.contains(",") || l.contains(" ")) {
                list = list < 0 ? i : list;
            }
        }
        if (row >= 0 && list >= 0) {
            throw new InputException("mixed kinds: a row of symbols (non-empty line " + (row + 1)
                    + ") and a list of integers (non-empty line " + (list + 1) + "); use --kind to say which");
        }
        return Kind.INTEGERS;
    }

    /** Integers separated by commas and/or whitespace; {@code source} names the input in errors. */
    public static Sequence integers(String text, String source) {
        List<BigInteger> terms = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li];
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == ',' || Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < line.length() && line.charAt(j) != ',' && !Character.isWhitespace(line.charAt(j))) {
                    j++;
                }
                String tok = line.substring(i, j);
                try {
                    terms.add(new BigInteger(tok.startsWith("+") ? tok.substring(1) : tok));
                } catch (NumberFormatException e) {
                    String where = lines.length > 1 ? "line " + (li + 1) + ", column " + (i + 1)
                            : "term " + (terms.size() + 1);
                    throw new InputException(source + ": " + where + ": '" + tok + "' is not an integer");
                }
                i = j;
            }
        }
        if (terms.isEmpty()) {
            throw new InputException(source + ": the sequence is empty");
        }
        return Sequence.integers(terms);
    }

    /** A string of hexadecimal symbols (whitespace ignored); the alphabet is the largest symbol + 1, at least 2. */
    public static Sequence symbols(String text, String source) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\r?\n", -1);
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li];
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                if (Character.digit(c, 16) < 0) {
                    String where = lines.length > 1 ? "line " + (li + 1) + ", column " + (i + 1) : "position " + (i + 1);
                    throw new InputException(source + ": " + where + ": '" + c + "' is not a symbol 0-9a-f");
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        if (sb.length() == 0) {
            throw new InputException(source + ": the sequence is empty");
        }
        return Sequence.symbols(sb.toString());
    }

    /** Whether a diagram's text holds frames (steps of a 2D diagram separated by blank lines) rather than rows. */
    public static boolean frames(String text) {
        return text.strip().matches("(?s).*\\S\\s*\\R\\s*\\R\\s*\\S.*");
    }

    /** Reads {@code text} as the given kind (null: guessed); a diagram is refused here (it is not a sequence). */
    public static Sequence parse(String text, Kind kind, String source) {
        Kind k = kind != null ? kind : guess(text);
        return switch (k) {
            case INTEGERS -> integers(text, source);
            case SYMBOLS -> symbols(text, source);
            case DIAGRAM -> throw new InputException(source + ": a space-time diagram, not a sequence");
        };
    }
}
