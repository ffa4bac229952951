package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/** Helpers the classes share: writing given values, checking sizes, printing initial terms. */
final class Terms {

    private Terms() {
    }

    /**
     * The first {@code count} terms (all when fewer) as longs, the part a search compares in fast arithmetic; null when
     * one does not fit a long.
     */
    static long[] prefix(BigInteger[] terms, int count) {
        return Expression.longs(Arrays.copyOf(terms, Math.min(terms.length, count)));
    }

    /** Whether a program that gives the first {@code prefix} terms also gives the rest. */
    static boolean givesAll(SequenceProgram program, BigInteger[] terms, int prefix) {
        return terms.length == prefix || Arrays.equals(program.terms(terms.length), terms);
    }

    /** Writes values: symbols as a choice among {@code alphabet}, integers ({@code alphabet} 0) by their integer code. */
    static void write(BitCode code, BigInteger[] values, int alphabet) {
        for (BigInteger v : values) {
            if (alphabet > 0) {
                code.choice(v.intValue(), alphabet);
            } else {
                code.integer(v);
            }
        }
    }

    /** {@code a(0..2) = 1, 1, 2}, or "" without initial terms. */
    static String initial(BigInteger[] init) {
        return initial(init, 0);
    }

    /** The same for terms counted from {@code first}: {@code a(1..3) = 1, 1, 2}. */
    static String initial(BigInteger[] init, int first) {
        if (init.length == 0) {
            return "";
        }
        int last = first + init.length - 1;
        StringBuilder sb = new StringBuilder("a(" + first + (init.length == 1 ? "" : ".." + last) + ") = ");
        for (int i = 0; i < init.length; i++) {
            sb.append(i > 0 ? ", " : "").append(init[i]);
        }
        return sb.toString();
    }

    /** Joins a rule and its initial terms. */
    static String withInitial(String rule, BigInteger[] init) {
        return withInitial(rule, init, 0);
    }

    /** Joins a rule and its initial terms counted from {@code first}. */
    static String withInitial(String rule, BigInteger[] init, int first) {
        String i = initial(init, first);
        return i.isEmpty() ? rule : rule + "; " + i;
    }

    /**
     * A program's text with its sequence a renamed (a(n) to b(n)): whole-word a( only, so a function such as
     * divisor_sigma( keeps its name.
     */
    static String renamed(String text, String name) {
        return text.replaceAll("\\ba\\(", java.util.regex.Matcher.quoteReplacement(name + "("));
    }

    static boolean fits(BigInteger v) {
        return Exact.fits(v);
    }

    /** The suffix of {@code t} from {@code from}. */
    static BigInteger[] from(BigInteger[] t, int from) {
        return java.util.Arrays.copyOfRange(t, from, t.length);
    }
}
