package org.ait.synth.sequence;

import static org.ait.synth.sequence.SynthesisTestSupport.SYNTH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated checks with known answers: each sequence is computed here directly from its definition; from at most 30
 * terms the best program must agree with it on 100 further terms (it may be another program than the one that
 * generated it, as long as it is equivalent there).
 */
class GeneratedChecksTest {

    static final int GIVEN = 30;
    static final int CHECKED = GIVEN + 100;

    static void recovers(String what, BigInteger[] truth) {
        BigInteger[] got = SynthesisTestSupport.extend(SYNTH, truth, GIVEN, CHECKED);
        assertArrayEquals(truth, got, what + ": " + SYNTH.synthesize(
                Sequence.integers(Arrays.copyOf(truth, GIVEN)), 0).best().program().text());
    }

    static BigInteger[] sequence(IntFunction<BigInteger> f) {
        BigInteger[] t = new BigInteger[CHECKED];
        for (int n = 0; n < CHECKED; n++) {
            t[n] = f.apply(n);
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomLinearRecurrencesOfOrderAtMostFour(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int d = 1 + rng.nextInt(4);
        long[] c = new long[d];
        for (int i = 0; i < d; i++) {
            c[i] = rng.nextInt(7) - 3;
        }
        if (c[d - 1] == 0) {
            c[d - 1] = 1;
        }
        BigInteger[] t = new BigInteger[CHECKED];
        for (int n = 0; n < CHECKED; n++) {
            if (n < d) {
                t[n] = BigInteger.valueOf(rng.nextInt(11) - 5);
            } else {
                BigInteger s = BigInteger.ZERO;
                for (int i = 0; i < d; i++) {
                    s = s.add(BigInteger.valueOf(c[i]).multiply(t[n - 1 - i]));
                }
                t[n] = s;
            }
        }
        recovers("order " + d + " " + Arrays.toString(c), t);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomPolynomialsOfDegreeAtMostFive(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(100 + seed);
        int degree = rng.nextInt(6);
        long[] a = new long[degree + 1];
        for (int k = 0; k <= degree; k++) {
            a[k] = rng.nextInt(9) - 4;
        }
        recovers("degree " + degree + " " + Arrays.toString(a), sequence(n -> {
            BigInteger v = BigInteger.ZERO;
            for (int k = degree; k >= 0; k--) {
                v = v.multiply(BigInteger.valueOf(n)).add(BigInteger.valueOf(a[k]));
            }
            return v;
        }));
    }

    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    static BigInteger binomial(int n, int k) {
        return factorial(n).divide(factorial(k).multiply(factorial(n - k)));
    }

    @Test
    void pRecursiveSequences() {
        recovers("factorials", sequence(GeneratedChecksTest::factorial));
        recovers("Catalan", sequence(n -> binomial(2 * n, n).divide(BigInteger.valueOf(n + 1))));
        recovers("central binomials", sequence(n -> binomial(2 * n, n)));
        recovers("derangements", sequence(n -> {
            // !n = sum_k (-1)^k n!/k!
            BigInteger s = BigInteger.ZERO;
            for (int k = 0; k <= n; k++) {
                BigInteger term = factorial(n).divide(factorial(k));
                s = k % 2 == 0 ? s.add(term) : s.subtract(term);
            }
            return s;
        }));
    }

    @Test
    void interleavings() {
        recovers("squares and powers of 3", sequence(n -> n % 2 == 0 ? BigInteger.valueOf((long) (n / 2) * (n / 2))
                : BigInteger.valueOf(3).pow(n / 2)));
        recovers("n and factorials", sequence(n -> n % 2 == 0 ? BigInteger.valueOf(n / 2) : factorial(n / 2)));
    }

    /** Triangles read by rows whose recurrence reaches two rows back. */
    @Test
    void trianglesOverTwoRows() {
        recovers("binomial(n+k+1, n-k)", sequence(i -> {
            int n = (int) ((Math.sqrt(8.0 * i + 1) - 1) / 2);
            int k = i - n * (n + 1) / 2;
            return binomial(n + k + 1, n - k);
        }));
        recovers("binomial(n+k, 2k)", sequence(i -> {
            int n = (int) ((Math.sqrt(8.0 * i + 1) - 1) / 2);
            int k = i - n * (n + 1) / 2;
            return binomial(n + k, 2 * k);
        }));
    }

    /** Decimal expansions of fractions whose period is longer than the terms given; digits by BigDecimal. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void digitsOfFractionsWithLongPeriods(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(300 + seed);
        int q = 101 + rng.nextInt(900);
        int p = 1 + rng.nextInt(q - 1);
        String digits = new java.math.BigDecimal(p).divide(new java.math.BigDecimal(q),
                new java.math.MathContext(CHECKED + 10, java.math.RoundingMode.DOWN)).toPlainString();
        String after = (digits.substring(digits.indexOf('.') + 1) + "0".repeat(CHECKED)).substring(0, CHECKED);
        recovers(p + "/" + q, sequence(n -> BigInteger.valueOf(after.charAt(n) - '0')));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10})
    void pisanoPeriods(int m) {
        BigInteger[] fib = new BigInteger[CHECKED];
        for (int n = 0; n < CHECKED; n++) {
            fib[n] = n < 2 ? BigInteger.valueOf(n) : fib[n - 1].add(fib[n - 2]);
        }
        recovers("Fibonacci mod " + m, sequence(n -> fib[n].mod(BigInteger.valueOf(m))));
    }

    static void recoversWord(String what, String word) {
        Sequence given = Sequence.symbols(word.substring(0, GIVEN), 2);
        SynthesisResult r = SYNTH.synthesize(given, CHECKED - GIVEN);
        String next = Sequence.format(r.best().prediction().toArray(new BigInteger[0]), Sequence.Kind.SYMBOLS);
        assertEquals(word.substring(GIVEN, CHECKED), next, what + ": " + r.best().program().text());
    }

    @Test
    void morphicAndAutomaticWords() {
        StringBuilder tm = new StringBuilder();
        for (int n = 0; n < CHECKED; n++) {
            tm.append(Integer.bitCount(n) % 2);
        }
        recoversWord("Thue-Morse", tm.toString());
        String fib = "0";
        String prev = "01";
        while (prev.length() < CHECKED) {
            String next = prev + fib;
            fib = prev;
            prev = next;
        }
        recoversWord("Fibonacci word", prev);
        StringBuilder pd = new StringBuilder();
        for (int n = 1; n <= CHECKED; n++) {
            // period doubling: the 2-adic valuation of n, mod 2
            pd.append(Integer.numberOfTrailingZeros(n) % 2);
        }
        recoversWord("period doubling", pd.toString());
        StringBuilder ch = new StringBuilder();
        for (int n = 0; ch.length() < CHECKED; n++) {
            ch.append(Integer.toBinaryString(n));
        }
        recoversWord("Champernowne (binary)", ch.substring(0, CHECKED));
    }
}
