package org.ait.ctm;

import org.ait.tm.Output2D;
import org.ait.tm.OutputCodec;

/**
 * What a table's outputs are: strings (1D machines) or arrays (2D turmites, written as rows joined by '-'). A table
 * asks its shape how to pack, canonicalise, measure and print an output; the rest of the table is the same code.
 */
public enum OutputShape {

    /** Strings of symbols; codes are {@link OutputCodec} codes; a string's only side is its length. */
    STRING {
        @Override
        public long canonical(long code, int k) {
            return Patterns.canonical(code, k);
        }

        @Override
        public String canonical(String s) {
            return Patterns.canonical(s);
        }

        @Override
        public int distinctSymbols(long pattern, int k) {
            return Patterns.distinctSymbols(pattern, k);
        }

        @Override
        public int longestSide(long pattern, int k) {
            return OutputCodec.length(pattern, k);
        }

        @Override
        public int longestSide(String text) {
            return text.length();
        }

        @Override
        public String text(long code, int k) {
            return OutputCodec.unpack(code, k);
        }

        @Override
        public long code(String s, int k) {
            if (s.length() <= OutputCodec.maxPackedLength(k)) {
                return OutputCodec.pack(s, k);
            }
            validate(s, k);
            return 0;
        }

        @Override
        public String maxSideKey() {
            return Provenance.MAX_KEPT_LENGTH;
        }
    },

    /** Rectangular arrays; codes are {@link Output2D} codes; the longest side is the larger of rows and columns. */
    ARRAY {
        @Override
        public long canonical(long code, int k) {
            return Output2D.canonical(code, k);
        }

        @Override
        public String canonical(String s) {
            return Output2D.canonical(s);
        }

        @Override
        public int distinctSymbols(long pattern, int k) {
            return Output2D.distinctSymbols(pattern, k);
        }

        @Override
        public int longestSide(long pattern, int k) {
            return Math.max(Output2D.rows(pattern), Output2D.cols(pattern));
        }

        @Override
        public int longestSide(String text) {
            int rows = 1;
            for (int i = 0; i < text.length(); i++) {
                rows += text.charAt(i) == '-' ? 1 : 0;
            }
            return Math.max(rows, text.indexOf('-') < 0 ? text.length() : text.indexOf('-'));
        }

        @Override
        public String text(long code, int k) {
            return Output2D.toString(code, k);
        }

        @Override
        public long code(String s, int k) {
            String[] rows = s.split("-", -1);
            if (rows[0].isEmpty()) {
                throw new IllegalArgumentException("empty array");
            }
            for (String row : rows) {
                if (row.length() != rows[0].length()) {
                    throw new IllegalArgumentException("rows of different lengths");
                }
            }
            validate(s.replace("-", ""), k);
            return Output2D.fits(rows.length, rows[0].length(), k) ? Output2D.parse(s, k) : 0;
        }

        @Override
        public String maxSideKey() {
            return Provenance.MAX_OUTPUT_SIDE;
        }
    };

    /** 1 for strings, 2 for arrays. */
    public int dim() {
        return this == STRING ? 1 : 2;
    }

    /** The shape of a table of the given dimension (1 or 2). */
    public static OutputShape of(int dim) {
        return dim == 1 ? STRING : ARRAY;
    }

    /** The canonical pattern (symbols relabelled in order of first appearance; 2D: and the least turn) of a code. */
    public abstract long canonical(long code, int k);

    /** The canonical pattern of an output too long to pack. */
    public abstract String canonical(String s);

    public abstract int distinctSymbols(long pattern, int k);

    /** Distinct symbols of an output given as text. */
    public int distinctSymbols(String canonical) {
        return Patterns.distinctSymbols(canonical.replace("-", ""));
    }

    /** A string's length, an array's longer side. */
    public abstract int longestSide(long pattern, int k);

    public abstract int longestSide(String text);

    /** The output of a code as text (2D: rows joined by '-'). */
    public abstract String text(long code, int k);

    /**
     * The packed code of an output given as text, or 0 when it is too large to pack.
     *
     * @throws IllegalArgumentException when s is empty, ragged (2D) or holds a character outside the alphabet
     */
    public abstract long code(String s, int k);

    /** The provenance key of a limit on kept outputs. */
    public abstract String maxSideKey();

    static void validate(String s, int k) {
        for (int i = 0; i < s.length(); i++) {
            if (OutputCodec.symbolOf(s.charAt(i), k) < 0) {
                throw new IllegalArgumentException("character '" + s.charAt(i) + "' at position " + (i + 1)
                        + " is not a symbol of the " + k + "-symbol alphabet");
            }
        }
    }
}
