package org.ait.ctm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ait.tm.MachineSpace;
import org.ait.tm.OutputCodec;

/**
 * Canonical patterns of strings over k symbols: symbols relabelled 0, 1, 2, ... in order of first appearance.
 * All strings with one pattern share one CTM value (formalism §2); a pattern with j distinct symbols stands
 * for k!/(k-j)! strings.
 */
public final class Patterns {

    private Patterns() {
    }

    /** Canonical pattern of a packed code. */
    public static long canonical(long code, int k) {
        return OutputCodec.canonical(code, k);
    }

    /** Canonical pattern of a string given by its characters. */
    public static String canonical(String s) {
        char[] map = new char[128];
        char nextLabel = '0';
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (map[c] == 0) {
                map[c] = OutputCodec.charOf(nextLabel++ - '0');
            }
            out[i] = map[c];
        }
        return new String(out);
    }

    /** Number of distinct symbols in a canonical pattern code (its largest label + 1). */
    public static int distinctSymbols(long canonicalCode, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int len = OutputCodec.length(canonicalCode, k);
        long mask = (1L << b) - 1;
        int max = 0;
        for (int i = 0; i < len; i++) {
            max = Math.max(max, (int) ((canonicalCode >>> (i * b)) & mask));
        }
        return max + 1;
    }

    /** Distinct symbols of a canonical pattern string. */
    public static int distinctSymbols(String canonical) {
        int max = 0;
        for (int i = 0; i < canonical.length(); i++) {
            max = Math.max(max, OutputCodec.symbolOf(canonical.charAt(i), MachineSpace.MAX_SYMBOLS));
        }
        return max + 1;
    }

    /** k!/(k-j)!: strings sharing a pattern with j distinct symbols. */
    public static long relabellings(int k, int j) {
        long r = 1;
        for (int i = 0; i < j; i++) {
            r *= k - i;
        }
        return r;
    }

    /**
     * Every string with the given canonical pattern, as codes, in increasing order of code.
     */
    public static long[] expand(long canonicalCode, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int len = OutputCodec.length(canonicalCode, k);
        int j = distinctSymbols(canonicalCode, k);
        long[] out = new long[(int) relabellings(k, j)];
        int[] perm = new int[j];
        boolean[] taken = new boolean[k];
        int[] count = {0};
        assign(canonicalCode, k, b, len, perm, taken, 0, out, count);
        Arrays.sort(out);
        return out;
    }

    private static void assign(long code, int k, int b, int len, int[] perm, boolean[] taken, int pos, long[] out,
            int[] count) {
        if (pos == perm.length) {
            long mask = (1L << b) - 1;
            long r = 1;
            for (int i = len - 1; i >= 0; i--) {
                r = (r << b) | perm[(int) ((code >>> (i * b)) & mask)];
            }
            out[count[0]++] = r;
            return;
        }
        for (int s = 0; s < k; s++) {
            if (!taken[s]) {
                taken[s] = true;
                perm[pos] = s;
                assign(code, k, b, len, perm, taken, pos + 1, out, count);
                taken[s] = false;
            }
        }
    }

    /** Every string with the given canonical pattern string (for outputs too long to pack). */
    public static List<String> expand(String canonical, int k) {
        int j = distinctSymbols(canonical);
        List<String> out = new ArrayList<>();
        expandString(canonical, k, new int[j], new boolean[k], 0, out);
        Collections.sort(out);
        return out;
    }

    private static void expandString(String c, int k, int[] perm, boolean[] taken, int pos,
            List<String> out) {
        if (pos == perm.length) {
            char[] s = new char[c.length()];
            for (int i = 0; i < s.length; i++) {
                s[i] = OutputCodec.charOf(perm[OutputCodec.symbolOf(c.charAt(i), MachineSpace.MAX_SYMBOLS)]);
            }
            out.add(new String(s));
            return;
        }
        for (int s = 0; s < k; s++) {
            if (!taken[s]) {
                taken[s] = true;
                perm[pos] = s;
                expandString(c, k, perm, taken, pos + 1, out);
                taken[s] = false;
            }
        }
    }
}
