package org.ait.tm;

/**
 * Packs strings over k symbols into {@code long} codes: a leading 1 bit, then each symbol in
 * {@code bitsPerSymbol(k)} bits, first symbol most significant. Codes therefore order by length, then
 * lexicographically, and carry their own length. Symbols print as hexadecimal digits ('0'..'9', 'a'..'f').
 */
public final class OutputCodec {

    private OutputCodec() {
    }

    /** Bits used for one symbol of a k-symbol alphabet. */
    public static int bitsPerSymbol(int k) {
        return 32 - Integer.numberOfLeadingZeros(k - 1);
    }

    /** Longest string that packs into a code for a k-symbol alphabet. */
    public static int maxPackedLength(int k) {
        return 62 / bitsPerSymbol(k);
    }

    /** Length of the string a code stands for. */
    public static int length(long code, int k) {
        return (63 - Long.numberOfLeadingZeros(code)) / bitsPerSymbol(k);
    }

    /** The symbol value of a character, or -1 when it is not a symbol of a k-symbol alphabet. */
    public static int symbolOf(char c, int k) {
        int v = Character.digit(c, MachineSpace.MAX_SYMBOLS);
        return v >= 0 && v < k ? v : -1;
    }

    public static char charOf(int symbol) {
        return Character.forDigit(symbol, MachineSpace.MAX_SYMBOLS);
    }

    /**
     * Code of a string.
     *
     * @throws IllegalArgumentException naming the position of a character that is not a symbol, or when too long
     */
    public static long pack(CharSequence s, int k) {
        int b = bitsPerSymbol(k);
        if (s.length() == 0) {
            throw new IllegalArgumentException("empty string");
        }
        if (s.length() > maxPackedLength(k)) {
            throw new IllegalArgumentException("string of length " + s.length() + " is longer than "
                    + maxPackedLength(k) + " symbols");
        }
        long code = 1;
        for (int i = 0; i < s.length(); i++) {
            int v = symbolOf(s.charAt(i), k);
            if (v < 0) {
                throw new IllegalArgumentException("character '" + s.charAt(i) + "' at position " + (i + 1)
                        + " is not a symbol of the " + k + "-symbol alphabet (0.." + charOf(k - 1) + ")");
            }
            code = (code << b) | v;
        }
        return code;
    }

    /** Code of symbols[from, to). */
    public static long pack(byte[] symbols, int from, int to, int k) {
        int b = bitsPerSymbol(k);
        long code = 1;
        for (int i = from; i < to; i++) {
            code = (code << b) | symbols[i];
        }
        return code;
    }

    /** The string a code stands for. */
    public static String unpack(long code, int k) {
        int b = bitsPerSymbol(k);
        int len = length(code, k);
        char[] out = new char[len];
        long mask = (1L << b) - 1;
        for (int i = len - 1; i >= 0; i--) {
            out[i] = charOf((int) (code & mask));
            code >>>= b;
        }
        return new String(out);
    }

    /** Symbols of a code into {@code out[0, length)}; returns the length. */
    public static int unpack(long code, int k, byte[] out) {
        int b = bitsPerSymbol(k);
        int len = length(code, k);
        long mask = (1L << b) - 1;
        for (int i = len - 1; i >= 0; i--) {
            out[i] = (byte) (code & mask);
            code >>>= b;
        }
        return len;
    }

    /**
     * The canonical pattern of a code: symbols relabelled in order of first appearance (for binary, the string
     * or its complement, whichever starts with 0). Strings with the same pattern share a CTM value.
     */
    public static long canonical(long code, int k) {
        int len = length(code, k);
        if (k == 2) {
            // The first symbol sits just below the sentinel bit; complement when it is 1.
            return ((code >>> (len - 1)) & 1) == 0 ? code : code ^ ((1L << len) - 1);
        }
        int b = bitsPerSymbol(k);
        int seen = 0; // bit s set once symbol s has a label
        long labels = 0; // 4 bits per symbol: its label
        int nextLabel = 0;
        long mask = (1L << b) - 1;
        long out = 1;
        for (int i = len - 1; i >= 0; i--) {
            int s = (int) ((code >>> (i * b)) & mask);
            if ((seen & (1 << s)) == 0) {
                seen |= 1 << s;
                labels |= (long) nextLabel++ << (4 * s);
            }
            out = (out << b) | ((labels >>> (4 * s)) & 0xF);
        }
        return out;
    }
}
