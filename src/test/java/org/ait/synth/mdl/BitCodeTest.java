package org.ait.synth.mdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BitCodeTest {

    /** Decodes one Elias delta codeword at {@code at[0]}; returns m (the code is of m + 1). */
    static BigInteger decodeNatural(byte[] bits, int[] at) {
        int zeros = 0;
        while (bits[at[0]] == 0) {
            zeros++;
            at[0]++;
        }
        int len = 0;
        for (int i = 0; i <= zeros; i++) {
            len = 2 * len + bits[at[0]++];
        }
        BigInteger x = BigInteger.ONE;
        for (int i = 0; i < len - 1; i++) {
            x = x.shiftLeft(1).add(BigInteger.valueOf(bits[at[0]++]));
        }
        return x.subtract(BigInteger.ONE);
    }

    @Test
    void naturalCodesRoundTripAndHaveTheEliasDeltaLength() {
        BitCode c = new BitCode();
        List<BigInteger> written = new ArrayList<>();
        for (long m = 0; m < 3000; m += 1 + m / 7) {
            written.add(BigInteger.valueOf(m));
            int before = c.length();
            c.natural(m);
            long x = m + 1;
            int n = 64 - Long.numberOfLeadingZeros(x);
            int l = 32 - Integer.numberOfLeadingZeros(n);
            // Elias delta: 2*floor(log2(N+1)) + 1 bits for N = bit length, plus N - 1 bits.
            assertEquals(2 * (l - 1) + 1 + n - 1, c.length() - before, "length of the code of " + m);
            assertEquals(c.length() - before, BitCode.naturalLength(BigInteger.valueOf(m)));
        }
        BigInteger huge = BigInteger.TEN.pow(10_000);
        written.add(huge);
        c.natural(huge);
        byte[] bits = c.bits();
        int[] at = {0};
        for (BigInteger m : written) {
            assertEquals(m, decodeNatural(bits, at));
        }
        assertEquals(bits.length, at[0]);
    }

    @Test
    void noCodewordIsAPrefixOfAnother() {
        List<String> words = new ArrayList<>();
        for (int m = 0; m < 600; m++) {
            words.add(new BitCode().natural(m).toString());
        }
        for (int z = -300; z <= 300; z++) {
            // integers map one to one onto naturals; their codewords are natural codewords
            assertEquals(BitCode.integerLength(BigInteger.valueOf(z)), new BitCode().integer(z).length());
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < words.size(); j++) {
                if (i != j) {
                    assertFalse(words.get(j).startsWith(words.get(i)), words.get(i) + " prefixes " + words.get(j));
                }
            }
        }
    }

    @Test
    void choicesUseCeilLog2Bits() {
        assertEquals(0, new BitCode().choice(0, 1).length());
        assertEquals(1, new BitCode().choice(1, 2).length());
        assertEquals(2, new BitCode().choice(2, 3).length());
        assertEquals(5, new BitCode().choice(17, 32).length());
        assertEquals("10001", new BitCode().choice(17, 32).toString());
    }
}
