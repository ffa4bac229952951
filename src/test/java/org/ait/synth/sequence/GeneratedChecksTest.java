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

    /** A triangle's cell T(n, k), 0 <= k <= n. */
    interface Cell {
        BigInteger at(int n, int k);
    }

    /** The first {@code count} cells of a triangle read by rows. */
    static BigInteger[] byRows(int count, Cell cell) {
        BigInteger[] t = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            int n = (int) ((Math.sqrt(8.0 * i + 1) - 1) / 2);
            t[i] = cell.at(n, i - n * (n + 1) / 2);
        }
        return t;
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

    /** Multiplicative functions, each computed here from its definition over the divisors of n (n from 1). */
    @Test
    void multiplicativeFunctions() {
        recovers("n times the number of divisors", sequence(i -> BigInteger.valueOf((i + 1) * divisors(i + 1))));
        recovers("sum of mu(d) d over the divisors d", sequence(i -> {
            long n = i + 1;
            long s = 0;
            for (long d = 1; d <= n; d++) {
                if (n % d == 0) {
                    s += mobius(d) * d;
                }
            }
            return BigInteger.valueOf(s);
        }));
    }

    /** Sequences built from divisor counts and primes, computed here by divisor loops and trial division. */
    @Test
    void arithmeticFunctions() {
        recovers("n minus the number of divisors of n", sequence(i -> BigInteger.valueOf((i + 1) - divisors(i + 1))));
        long[] primes = new long[CHECKED + 1];
        long[] members = new long[CHECKED];
        int found = 0;
        for (long m = 2, k = 0; k <= CHECKED; m++) {
            if (primeByTrialDivision(m)) {
                primes[(int) k++] = m;
            }
        }
        for (long m = 1; found < CHECKED; m++) {
            if (primeByTrialDivision(2 * m + 1)) {
                members[found++] = m;
            }
        }
        recovers("gaps between consecutive primes", sequence(n -> BigInteger.valueOf(primes[n + 1] - primes[n])));
        recovers("numbers n with 2n + 1 prime", sequence(n -> BigInteger.valueOf(members[n])));
    }

    /**
     * Partitions into prime parts, counted here by the coin-change recursion over the parts in increasing order (not
     * by a generating function): the search must apply the Euler and weigh transforms to the input itself.
     */
    @Test
    void partitionsIntoPrimes() {
        for (boolean distinct : new boolean[] {false, true}) {
            BigInteger[] ways = new BigInteger[CHECKED];
            java.util.Arrays.fill(ways, BigInteger.ZERO);
            ways[0] = BigInteger.ONE;
            for (int part = 2; part < CHECKED; part++) {
                if (!primeByTrialDivision(part)) {
                    continue;
                }
                if (distinct) {
                    for (int n = CHECKED - 1; n >= part; n--) {
                        ways[n] = ways[n].add(ways[n - part]);
                    }
                } else {
                    for (int n = part; n < CHECKED; n++) {
                        ways[n] = ways[n].add(ways[n - part]);
                    }
                }
            }
            recovers(distinct ? "partitions into distinct primes" : "partitions into primes", ways);
        }
    }

    static boolean primeByTrialDivision(long n) {
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return n >= 2;
    }

    /** The number of divisors of n, by trying every d up to n. */
    static long divisors(long n) {
        long tau = 0;
        for (long d = 1; d <= n; d++) {
            tau += n % d == 0 ? 1 : 0;
        }
        return tau;
    }

    /** Möbius by trial division of squares and a count of prime factors. */
    static long mobius(long n) {
        long sign = 1;
        for (long p = 2; p <= n; p++) {
            if (n % p == 0) {
                n /= p;
                if (n % p == 0) {
                    return 0;
                }
                sign = -sign;
            }
        }
        return sign;
    }

    /**
     * Restricted partitions, counted here by a recursion over the largest part (not by generating functions): parts
     * in the residue classes {@code allowed} mod m, distinct or not, and with at least one part of each class in
     * {@code required}.
     */
    static BigInteger[] partitions(int m, int[] allowed, boolean distinct, int[] required, int offset) {
        BigInteger[] t = new BigInteger[CHECKED];
        java.util.Map<String, BigInteger> memo = new java.util.HashMap<>();
        for (int i = 0; i < CHECKED; i++) {
            t[i] = count(i + offset, i + offset, 0, m, allowed, distinct, required, memo);
        }
        return t;
    }

    private static BigInteger count(int n, int maxPart, int seen, int m, int[] allowed, boolean distinct,
            int[] required, java.util.Map<String, BigInteger> memo) {
        if (n == 0) {
            for (int i = 0; i < required.length; i++) {
                if ((seen >> i & 1) == 0) {
                    return BigInteger.ZERO;
                }
            }
            return BigInteger.ONE;
        }
        String key = n + "," + maxPart + "," + seen;
        BigInteger cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        BigInteger total = BigInteger.ZERO;
        for (int part = Math.min(n, maxPart); part >= 1; part--) {
            int r = part % m;
            if (Arrays.stream(allowed).noneMatch(a -> a == r)) {
                continue;
            }
            int now = seen;
            for (int i = 0; i < required.length; i++) {
                now |= required[i] == r ? 1 << i : 0;
            }
            total = total.add(count(n - part, distinct ? part - 1 : part, now, m, allowed, distinct, required, memo));
        }
        memo.put(key, total);
        return total;
    }

    @Test
    void restrictedPartitions() {
        recovers("partitions into parts = 1, 3 mod 4 with at least one of each",
                partitions(4, new int[] {1, 3}, false, new int[] {1, 3}, 1));
        recovers("partitions into parts = 2, 3 mod 5 with at least one of each",
                partitions(5, new int[] {2, 3}, false, new int[] {2, 3}, 0));
        recovers("partitions into distinct odd parts", partitions(2, new int[] {1}, true, new int[0], 0));
        recovers("partitions into parts = 1, 4 mod 5 (Rogers-Ramanujan)", partitions(5, new int[] {1, 4}, false,
                new int[0], 0));
    }

    /** Radix reinterpretations, computed here by their definitions as sets of numbers. */
    @Test
    void numbersWrittenWithDigitsZeroAndOne() {
        recovers("Moser-de Bruijn: sums of distinct powers of 4", sequence(n -> {
            BigInteger v = BigInteger.ZERO;
            for (int k = 0; k < 31; k++) {
                if ((n >> k & 1) != 0) {
                    v = v.add(BigInteger.valueOf(4).pow(k));
                }
            }
            return v;
        }));
        // the n-th number (from 0) whose base-7 digits are all 0 or 1, found by counting upwards
        long[] list = new long[CHECKED];
        int found = 0;
        for (long m = 0; found < CHECKED; m++) {
            long x = m;
            boolean ok = true;
            while (x > 0 && ok) {
                ok = x % 7 <= 1;
                x /= 7;
            }
            if (ok) {
                list[found++] = m;
            }
        }
        recovers("numbers whose base-7 digits are 0 and 1", sequence(n -> BigInteger.valueOf(list[n])));
    }

    /** Triangles read by rows whose recurrence reaches two rows back. */
    @Test
    void trianglesOverTwoRows() {
        recovers("binomial(n+k+1, n-k)", byRows(CHECKED, (n, k) -> binomial(n + k + 1, n - k)));
        recovers("binomial(n+k, 2k)", byRows(CHECKED, (n, k) -> binomial(n + k, 2 * k)));
    }

    /**
     * Floors of polynomials over a scale q whose period (q or a divisor) is too long for a recurrence fitted to the
     * terms given: P random, degree 2 to 4, computed here with floorDiv.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void floorsOfPolynomialsWithLongPeriods(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(400 + seed);
        int degree = 2 + rng.nextInt(3);
        long q = 11 + rng.nextInt(50);
        long[] c = new long[degree + 1];
        for (int k = 0; k < degree; k++) {
            c[k] = rng.nextInt(13) - 6;
        }
        c[degree] = 1 + rng.nextInt(3);
        recovers("floor(" + Arrays.toString(c) + "/" + q + ")", sequence(n -> {
            BigInteger v = BigInteger.ZERO;
            for (int k = degree; k >= 0; k--) {
                v = v.multiply(BigInteger.valueOf(n)).add(BigInteger.valueOf(c[k]));
            }
            BigInteger[] qr = v.divideAndRemainder(BigInteger.valueOf(q));
            return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        }));
    }

    /** Residues of polynomials modulo a prime larger than the number of terms given (so no period shows). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void polynomialsModuloAPrime(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(500 + seed);
        long[] primes = {31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97};
        long m = primes[rng.nextInt(primes.length)];
        int degree = 2 + rng.nextInt(2);
        long[] c = new long[degree + 1];
        for (int k = 0; k <= degree; k++) {
            c[k] = rng.nextInt((int) m);
        }
        c[degree] = 1 + rng.nextInt((int) m - 1);
        recovers(Arrays.toString(c) + " mod " + m, sequence(n -> {
            BigInteger v = BigInteger.ZERO;
            for (int k = degree; k >= 0; k--) {
                v = v.multiply(BigInteger.valueOf(n)).add(BigInteger.valueOf(c[k]));
            }
            return v.mod(BigInteger.valueOf(m));
        }));
    }

    /**
     * A set of positive integers defined by an arithmetic property of n, members listed by a divisor loop here: the
     * characteristic sequence from n = 1 is a short arithmetic form, from n = 0 a long one (n - 1 in two places).
     */
    @Test
    void positiveIntegersWithAnArithmeticProperty() {
        long[] members = new long[CHECKED];
        for (long m = 1, found = 0; found < CHECKED; m++) {
            if (primeByTrialDivision(m + divisors(m))) {
                members[(int) found++] = m;
            }
        }
        recovers("n with n + d(n) prime", sequence(n -> BigInteger.valueOf(members[n])));
    }

    /**
     * Divide-and-conquer recurrences, found by the halving class alone: Stern's diatomic sequence computed here as
     * the number of hyperbinary representations of n - 1, and the binary weight of n counted by Long.bitCount.
     */
    @Test
    void sequencesOfTheBinaryExpansion() {
        Synthesizer halving = Synthesizer.builder().timeSeconds(60)
                .classes(ProgramClasses.named(java.util.List.of("halving", "literal"))).build();
        BigInteger[] stern = sequence(n -> BigInteger.valueOf(hyperbinary(n - 1)));
        assertArrayEquals(stern, SynthesisTestSupport.extend(halving, stern, GIVEN, CHECKED), "Stern");
        BigInteger[] weight = sequence(n -> BigInteger.valueOf(Long.bitCount(n)));
        assertArrayEquals(weight, SynthesisTestSupport.extend(halving, weight, GIVEN, CHECKED), "binary weight");
    }

    /** Ways to write m as a sum of powers of 2, each used at most twice (1 for m = 0, 0 for m < 0). */
    static long hyperbinary(long m) {
        if (m < 0) {
            return 0;
        }
        long[] ways = new long[(int) m + 1];
        ways[0] = 1;
        for (long p = 1; p <= m; p *= 2) {
            for (int uses = 0; uses < 2; uses++) {
                for (int v = (int) m; v >= p; v--) {
                    ways[v] += ways[v - (int) p];
                }
            }
        }
        return ways[(int) m];
    }

    /**
     * Digital roots of a Fibonacci-like sum (residues 1..9, never 0): the repeated decimal digit sum of each new term,
     * computed here by summing digits.
     */
    @Test
    void digitalRootsOfARecurrence() {
        long[] t = new long[CHECKED];
        t[0] = 3;
        t[1] = 7;
        for (int n = 2; n < CHECKED; n++) {
            long v = 2 * t[n - 1] + t[n - 2];
            while (v >= 10) {
                long digits = 0;
                for (long x = v; x > 0; x /= 10) {
                    digits += x % 10;
                }
                v = digits;
            }
            t[n] = v;
        }
        recovers("digital root of 2a(n-1) + a(n-2)", sequence(n -> BigInteger.valueOf(t[n])));
    }

    /** A triangle whose recurrence adds a term in n and k (rows built here cell by cell). */
    @Test
    void inhomogeneousTriangle() {
        int rows = 20;
        long[][] tri = new long[rows][];
        for (int n = 0; n < rows; n++) {
            tri[n] = new long[n + 1];
            tri[n][0] = 1;
            tri[n][n] = n + 1;
            for (int k = 1; k < n; k++) {
                tri[n][k] = 3 * tri[n - 1][k] + n - k;
            }
        }
        recovers("T(n,k) = 3 T(n-1,k) + n - k", byRows(CHECKED, (n, k) -> BigInteger.valueOf(tri[n][k])));
    }

    /**
     * Beatty sequences floor(n alpha + beta) with alpha = p + sqrt(k) a quadratic irrational, computed here with
     * BigDecimal square roots to 60 digits (far more than the values need). (A slope below 1 would be ambiguous: 30
     * terms of floor(n (sqrt(7) - 2)/3) are those of floor(3n/14), the simpler program.)
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void beattySequences(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(600 + seed);
        int[] nonSquares = {2, 3, 5, 6, 7, 10, 11, 13};
        int k = nonSquares[rng.nextInt(nonSquares.length)];
        int p = rng.nextInt(3);
        int r = 1;
        int shift = rng.nextInt(3) - 1;
        java.math.MathContext mc = new java.math.MathContext(60);
        java.math.BigDecimal alpha = new java.math.BigDecimal(k).sqrt(mc).add(java.math.BigDecimal.valueOf(p))
                .divide(java.math.BigDecimal.valueOf(r), mc);
        recovers("floor(n (" + p + " + sqrt(" + k + "))/" + r + " + " + shift + ")", sequence(n -> alpha
                .multiply(java.math.BigDecimal.valueOf(n)).add(java.math.BigDecimal.valueOf(shift))
                .setScale(0, java.math.RoundingMode.FLOOR).toBigIntegerExact()));
    }

    /**
     * Partitions of n into exactly k parts, rows n = 1, 2, ... and k = 1..n, counted here by choosing the parts in
     * non-increasing order (not by the recurrence p(n,k) = p(n-1,k-1) + p(n-k,k) the triangle class finds).
     */
    @Test
    void partitionsIntoExactlyKParts() {
        // nine rows given: through seven rows, T(n-2,k-1) + T(n-2,k) also fits, in about as many bits
        int given = 45;
        BigInteger[] truth = byRows(given + 100, (n, k) -> BigInteger.valueOf(partitions(n + 1, k + 1, n + 1)));
        assertArrayEquals(truth, SynthesisTestSupport.extend(SYNTH, truth, given, truth.length));
    }

    /** Partitions of n into exactly k parts, each at most {@code largest}. */
    static long partitions(int n, int k, int largest) {
        if (k == 0) {
            return n == 0 ? 1 : 0;
        }
        long count = 0;
        for (int part = Math.min(n, largest); part >= 1; part--) {
            count += partitions(n - part, k - 1, part);
        }
        return count;
    }

    /**
     * Partitions with gap conditions, counted here by choosing the parts in decreasing order (not by the q-series the
     * qseries class finds): parts differing by at least 2 (Rogers-Ramanujan) and by at least 3, and partitions whose
     * least part exceeds the number of parts by at least 2.
     */
    @Test
    void partitionsWithGapConditions() {
        long[][] memo2 = new long[CHECKED][CHECKED];
        long[][] memo3 = new long[CHECKED][CHECKED];
        recovers("parts differing by at least 2", sequence(n -> BigInteger.valueOf(gapPartitions(n, n, 2, memo2))));
        recovers("parts differing by at least 3", sequence(n -> BigInteger.valueOf(gapPartitions(n, n, 3, memo3))));
        recovers("least part at least the number of parts + 2", sequence(n -> {
            long count = n == 0 ? 1 : 0;
            for (int k = 1; k * (k + 2) <= n; k++) {
                int rest = n - k * (k + 1); // k parts of at least k + 2: take k + 1 from each
                count += partitions(rest, k, rest);
            }
            return BigInteger.valueOf(count);
        }));
    }

    /** Partitions of n into parts of at most {@code largest}, each part at least {@code gap} below the one before. */
    static long gapPartitions(int n, int largest, int gap, long[][] memo) {
        if (n == 0) {
            return 1;
        }
        if (largest <= 0) {
            return 0;
        }
        int cap = Math.min(n, largest);
        if (memo[n][cap] == 0) {
            long count = 0;
            for (int part = 1; part <= cap; part++) {
                count += gapPartitions(n - part, part - gap, gap, memo);
            }
            memo[n][cap] = count + 1; // stored plus one, so 0 means not yet computed
        }
        return memo[n][cap] - 1;
    }

    /**
     * Ramanujan's third-order mock theta function f(q), computed here from Dyson's ranks (its coefficient of q^n is
     * the number of partitions of n of even rank less those of odd rank, rank = largest part - number of parts), not
     * from the series sum q^(k^2)/(-q;q)_k^2 the qseries class finds.
     */
    @Test
    void mockThetaFunctionFromRanks() {
        // q[n][k][l]: partitions of n into exactly k parts, each at most l
        long[][][] q = new long[CHECKED][CHECKED][CHECKED];
        for (int l = 0; l < CHECKED; l++) {
            q[0][0][l] = 1;
        }
        for (int n = 1; n < CHECKED; n++) {
            for (int k = 1; k <= n; k++) {
                for (int l = 1; l < CHECKED; l++) {
                    q[n][k][l] = q[n][k][l - 1] + (n >= l ? q[n - l][k - 1][l] : 0);
                }
            }
        }
        recovers("f(q) by ranks", sequence(n -> {
            if (n == 0) {
                return BigInteger.ONE;
            }
            long f = 0;
            for (int largest = 1; largest <= n; largest++) {
                for (int parts = 1; parts <= n; parts++) {
                    // the largest part, then parts - 1 more of at most the largest
                    long count = q[n - largest][parts - 1][largest];
                    f += (largest - parts) % 2 == 0 ? count : -count;
                }
            }
            return BigInteger.valueOf(f);
        }));
    }

    /** Bitwise operations, computed here with Java's long operators: n xor c for random c, and the Gray code. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void bitwiseOperations(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(700 + seed);
        long c = 1 + rng.nextInt(127);
        recovers("n xor " + c, sequence(n -> BigInteger.valueOf(n ^ c)));
    }

    @Test
    void grayCodeAndCarries() {
        recovers("Gray code", sequence(n -> BigInteger.valueOf(n ^ (n >> 1))));
        recovers("n xor (n + 1)", sequence(n -> BigInteger.valueOf(n ^ (n + 1))));
    }

    /**
     * Masks longer than the input's numbers: n with its odd-position bits cleared (n and 0x5555...) and n with bit 0
     * cleared, computed here bit by bit. Given n < 30 the bitwise class also finds positive masks cut at 5 bits (21,
     * 30), which continue wrongly at 32: this fails if they win over the 2-adic masks -1/3 and -2 (other classes find
     * both sequences without the bitwise class).
     */
    @Test
    void masksLongerThanTheInput() {
        recovers("even-position bits of n", sequence(n -> {
            long kept = 0;
            for (int bit = 0; bit < 31; bit += 2) {
                kept |= n & (1L << bit);
            }
            return BigInteger.valueOf(kept);
        }));
        recovers("n with bit 0 cleared", sequence(n -> BigInteger.valueOf(n - n % 2)));
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
