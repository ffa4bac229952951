package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ait.tm.OutputCodec;
import org.junit.jupiter.api.Test;

class PatternsTest {

    @Test
    void canonicalRelabelsInOrderOfFirstAppearance() {
        assertEquals("0012", OutputCodec.unpack(Patterns.canonical(OutputCodec.pack("3302", 4), 4), 4));
        assertEquals("0100", OutputCodec.unpack(Patterns.canonical(OutputCodec.pack("1011", 2), 2), 2));
        assertEquals("0012", Patterns.canonical("ccab"));
    }

    @Test
    void expandListsEveryRelabelling() {
        long[] strings = Patterns.expand(OutputCodec.pack("01", 3), 3);
        List<String> s = new ArrayList<>();
        for (long c : strings) {
            s.add(OutputCodec.unpack(c, 3));
        }
        assertEquals(List.of("01", "02", "10", "12", "20", "21"), s);
        assertEquals(Patterns.relabellings(4, 3), Patterns.expand(OutputCodec.pack("0120", 4), 4).length);
    }

    /** Brute force: every string of length L over k symbols falls in exactly one expanded pattern. */
    @Property(tries = 20)
    void patternsPartitionAllStrings(@ForAll @IntRange(min = 2, max = 5) int k, @ForAll @IntRange(min = 1, max = 5) int len) {
        int total = (int) Math.pow(k, len);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int v = 0; v < total; v++) {
            long code = 1;
            int x = v;
            long[] digits = new long[len];
            for (int i = len - 1; i >= 0; i--) {
                digits[i] = x % k;
                x /= k;
            }
            for (long d : digits) {
                code = (code << OutputCodec.bitsPerSymbol(k)) | d;
            }
            long canonical = Patterns.canonical(code, k);
            if (canonical == code) {
                for (long s : Patterns.expand(canonical, k)) {
                    assertEquals(canonical, Patterns.canonical(s, k));
                    assertEquals(true, seen.add(s));
                }
            }
        }
        assertEquals(total, seen.size());
    }

    @Property
    void canonicalIsInvariantUnderSymbolPermutation(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 3) Integer> symbols,
            @ForAll @IntRange(min = 1, max = 23) int permutationIndex) {
        int[] perm = nthPermutation(4, permutationIndex);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int s : symbols) {
            a.append(s);
            b.append(perm[s]);
        }
        assertEquals(Patterns.canonical(OutputCodec.pack(a, 4), 4), Patterns.canonical(OutputCodec.pack(b, 4), 4));
    }

    private static int[] nthPermutation(int k, int n) {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            pool.add(i);
        }
        int[] out = new int[k];
        int f = 1;
        for (int i = 2; i < k; i++) {
            f *= i;
        }
        for (int i = 0; i < k; i++) {
            int idx = n / f;
            n %= f;
            out[i] = pool.remove(idx);
            if (i < k - 1) {
                f /= (k - 1 - i);
            }
        }
        return out;
    }

    @Test
    void relabellings() {
        assertArrayEquals(new long[] {1, 4, 12, 24, 24}, new long[] {Patterns.relabellings(4, 0),
            Patterns.relabellings(4, 1), Patterns.relabellings(4, 2), Patterns.relabellings(4, 3), Patterns.relabellings(4, 4)});
    }
}
