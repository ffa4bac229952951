package org.ait.synth.sequence;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * What a user hands to the synthesizer: an integer sequence, or a string of symbols {@code 0 .. alphabet-1}. Both are
 * held as exact integers, so one scoring rule serves both; the kind decides which classes apply, how the sequence
 * is printed and what the fallback description is (the literal terms, or the BDM of the string).
 */
public final class Sequence {

    /** The two kinds of input. */
    public enum Kind {
        INTEGERS, SYMBOLS
    }

    private final Kind kind;
    private final BigInteger[] terms;
    private final int alphabet;

    private Sequence(Kind kind, BigInteger[] terms, int alphabet) {
        if (terms.length == 0) {
            throw new IllegalArgumentException("the sequence is empty");
        }
        this.kind = kind;
        this.terms = terms;
        this.alphabet = alphabet;
    }

    public static Sequence integers(BigInteger... terms) {
        return new Sequence(Kind.INTEGERS, terms.clone(), 0);
    }

    public static Sequence integers(List<BigInteger> terms) {
        return new Sequence(Kind.INTEGERS, terms.toArray(new BigInteger[0]), 0);
    }

    public static Sequence integers(long... terms) {
        return new Sequence(Kind.INTEGERS, Arrays.stream(terms).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new), 0);
    }

    /**
     * A symbol string over {@code 0 .. alphabet-1} (2..16); symbols given as hexadecimal digits.
     *
     * @param alphabet at least the largest symbol + 1 and at least 2
     */
    public static Sequence symbols(String text, int alphabet) {
        if (alphabet < 2 || alphabet > 16) {
            throw new IllegalArgumentException("alphabet must be 2..16, got " + alphabet);
        }
        BigInteger[] t = new BigInteger[text.length()];
        for (int i = 0; i < t.length; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0 || d >= alphabet) {
                throw new IllegalArgumentException("symbol '" + text.charAt(i) + "' at position " + (i + 1)
                        + " is not in the alphabet 0.." + Integer.toHexString(alphabet - 1));
            }
            t[i] = BigInteger.valueOf(d);
        }
        return new Sequence(Kind.SYMBOLS, t, alphabet);
    }

    /** A symbol string whose alphabet is its largest symbol + 1 (at least 2). */
    public static Sequence symbols(String text) {
        int max = 1;
        for (char c : text.toCharArray()) {
            max = Math.max(max, Character.digit(c, 16));
        }
        return symbols(text, max + 1);
    }

    public Kind kind() {
        return kind;
    }

    public int length() {
        return terms.length;
    }

    public BigInteger term(int i) {
        return terms[i];
    }

    /** A copy of the terms. */
    public BigInteger[] terms() {
        return terms.clone();
    }

    /** Symbols only: the alphabet size; 0 for integers. */
    public int alphabet() {
        return alphabet;
    }

    /**
     * The number of distinct values that a symbol reading of the terms needs (largest + 1), or 0 when some term is
     * negative or above 15: integer sequences with small non-negative values are also symbol strings.
     */
    public int symbolAlphabet() {
        int max = 0;
        for (BigInteger t : terms) {
            if (t.signum() < 0 || t.compareTo(BigInteger.valueOf(15)) > 0) {
                return 0;
            }
            max = Math.max(max, t.intValue());
        }
        return Math.max(2, max + 1);
    }

    /** The first {@code n} terms as a new sequence of the same kind. */
    public Sequence prefix(int n) {
        return new Sequence(kind, Arrays.copyOf(terms, n), alphabet);
    }

    /** Terms as text: integers joined by commas, symbols as one string. */
    public static String format(BigInteger[] terms, Kind kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            if (kind == Kind.INTEGERS && i > 0) {
                sb.append(',');
            }
            sb.append(kind == Kind.SYMBOLS ? Integer.toHexString(terms[i].intValue()) : terms[i].toString());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format(terms, kind);
    }
}
