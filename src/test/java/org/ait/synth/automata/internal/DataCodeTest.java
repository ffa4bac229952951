package org.ait.synth.automata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.ait.synth.mdl.BitCode;
import org.junit.jupiter.api.Test;

/** The data code against its definition computed exactly (BigInteger binomials, BitCode's own Elias code). */
class DataCodeTest {

    @Test
    void naturalLengthIsBitCodes() {
        for (long m = 0; m < 100_000; m++) {
            assertEquals(BitCode.naturalLength(BigInteger.valueOf(m)), DataCode.naturalLength(m), "m " + m);
        }
        assertEquals(new BitCode().natural(123_456_789L).length(), DataCode.naturalLength(123_456_789L));
    }

    @Test
    void exceptionBitsAreEliasPlusPositionsPlusSymbols() {
        for (int n : new int[] {1, 2, 7, 100, 481, 4000}) {
            for (int k = 2; k <= 4; k++) {
                double[] table = DataCode.exceptionBitsTable(n, k);
                double previous = -1;
                BigInteger binomial = BigInteger.ONE;
                BigInteger central = BigInteger.ONE;
                for (int m = 0; m <= n; m++) {
                    if (m > 0) {
                        binomial = binomial.multiply(BigInteger.valueOf(n - m + 1)).divide(BigInteger.valueOf(m));
                    }
                    if (m == n / 2) {
                        central = binomial;
                    }
                    BigInteger positions = m <= n / 2 ? binomial : central;
                    double exact = BitCode.naturalLength(BigInteger.valueOf(m)) + log2(positions)
                            + m * Math.log(k - 1) / Math.log(2);
                    assertEquals(exact, DataCode.exceptionBits(n, m, k), 1e-8 * Math.max(1, exact), n + " " + m);
                    assertEquals(exact, table[m], 1e-8 * Math.max(1, exact), n + " " + m);
                    assertTrue(table[m] >= previous, "bits fall at m " + m + " of " + n);
                    previous = table[m];
                }
            }
        }
    }

    @Test
    void unpredictedCellsCostTheirSymbolsAndKindsTheirSubset() {
        assertEquals(10 * Math.log(3) / Math.log(2) + 1, DataCode.bits(50, 0, 10, 3), 1e-12);
        assertEquals(0, DataCode.kindBits(0, 0));
        assertEquals(4 + log2(binomial(20, 1)), DataCode.kindBits(20, 1), 1e-9);
    }

    private static BigInteger binomial(int n, int m) {
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < m; i++) {
            b = b.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return b;
    }

    private static double log2(BigInteger x) {
        int shift = Math.max(0, x.bitLength() - 60);
        return shift + Math.log(x.shiftRight(shift).doubleValue()) / Math.log(2);
    }
}
