package org.ait.synth.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The arithmetic functions against their definitions, evaluated here by brute force. */
class NumberTheoryTest {

    private static long apply(Op op, long n) {
        return NumberTheory.apply(op, n, false);
    }

    private static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void divisorFunctionsMatchDivisorLoops() {
        for (long n = 1; n <= 3000; n++) {
            long tau = 0;
            long sigma = 0;
            long phi = 0;
            for (long d = 1; d <= n; d++) {
                if (n % d == 0) {
                    tau++;
                    sigma += d;
                }
                if (BigInteger.valueOf(d).gcd(BigInteger.valueOf(n)).equals(BigInteger.ONE)) {
                    phi++;
                }
            }
            assertEquals(tau, apply(Op.TAU, n), "d(" + n + ")");
            assertEquals(sigma, apply(Op.SIGMA, n), "sigma(" + n + ")");
            assertEquals(phi, apply(Op.TOTIENT, n), "phi(" + n + ")");
            // omega, Omega and mu from the prime divisors found by trial division with primality by definition
            long distinct = 0;
            long total = 0;
            boolean squarefree = true;
            for (long p = 2; p <= n; p++) {
                if (n % p == 0 && isPrime(p)) {
                    distinct++;
                    long m = n;
                    int e = 0;
                    while (m % p == 0) {
                        m /= p;
                        e++;
                    }
                    total += e;
                    squarefree &= e == 1;
                }
            }
            assertEquals(distinct, apply(Op.OMEGA, n), "omega(" + n + ")");
            assertEquals(total, apply(Op.BIGOMEGA, n), "Omega(" + n + ")");
            assertEquals(squarefree ? (distinct % 2 == 0 ? 1 : -1) : 0, apply(Op.MOBIUS, n), "mu(" + n + ")");
            assertEquals(isPrime(n) ? 1 : 0, apply(Op.ISPRIME, n), "isprime(" + n + ")");
            long least = 1;
            long greatest = 1;
            for (long p = n; p >= 2; p--) {
                if (n % p == 0 && isPrime(p)) {
                    least = p;
                    greatest = Math.max(greatest, p);
                }
            }
            assertEquals(least, apply(Op.LPF, n), "lpf(" + n + ")");
            assertEquals(greatest, apply(Op.GPF, n), "gpf(" + n + ")");
            String decimal = Long.toString(n);
            assertEquals(decimal.chars().map(c -> c - '0').sum(), apply(Op.DIGITSUM, n), "digitsum(" + n + ")");
            assertEquals(Long.toBinaryString(n).chars().filter(c -> c == '1').count(), apply(Op.BITCOUNT, n),
                    "bitcount(" + n + ")");
        }
    }

    @Test
    void primesAndTheirCountingFunction() {
        long count = 0;
        for (long n = 1; n <= 20_000; n++) {
            if (isPrime(n)) {
                count++;
                assertEquals(n, apply(Op.PRIME, count), "prime(" + count + ")");
            }
            assertEquals(count, apply(Op.PRIMEPI, n), "pi(" + n + ")");
        }
        // the 82,025th prime is the largest below 2^20 (= 1,048,573); the next is beyond the sieve
        assertEquals(1_048_573, apply(Op.PRIME, 82_025));
        assertEquals(NumberTheory.UNDEFINED, apply(Op.PRIME, 82_026));
    }

    @Test
    void argumentsBeyondTheSieveAreFactoredByTrialDivision() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (int trial = 0; trial < 200; trial++) {
            // n = p * q * r^2 from primes chosen here, so d, sigma, phi are known in closed form
            long p = nextPrime(1_000 + rng.nextInt(2_000_000));
            long q = nextPrime(p + 1 + rng.nextInt(1_000));
            long r = nextPrime(2 + rng.nextInt(100));
            long n = p * q * r * r;
            if (n > NumberTheory.MAX_ARGUMENT || r == p || r == q) {
                continue;
            }
            assertEquals(2 * 2 * 3, apply(Op.TAU, n));
            assertEquals((p + 1) * (q + 1) * (1 + r + r * r), apply(Op.SIGMA, n));
            assertEquals((p - 1) * (q - 1) * r * (r - 1), apply(Op.TOTIENT, n));
            assertEquals(0, apply(Op.MOBIUS, n));
            assertEquals(3, apply(Op.OMEGA, n));
            assertEquals(4, apply(Op.BIGOMEGA, n));
            assertEquals(Math.min(r, p), apply(Op.LPF, n));
            assertEquals(Math.max(q, r), apply(Op.GPF, n));
            assertEquals(1, apply(Op.ISPRIME, p));
            assertEquals(0, apply(Op.ISPRIME, p * q));
            assertEquals(NumberTheory.UNDEFINED, NumberTheory.apply(Op.TAU, n, true), "the fast path stops at the sieve");
        }
    }

    private static long nextPrime(long n) {
        while (!isPrime(n)) {
            n++;
        }
        return n;
    }

    @Test
    void undefinedOutsideThePositiveIntegersAndTheFactoringBound() {
        for (Op op : new Op[] {Op.TAU, Op.SIGMA, Op.TOTIENT, Op.MOBIUS, Op.OMEGA, Op.BIGOMEGA, Op.ISPRIME, Op.PRIME,
                Op.PRIMEPI, Op.LPF, Op.GPF, Op.DIGITSUM, Op.BITCOUNT}) {
            boolean digits = op == Op.DIGITSUM || op == Op.BITCOUNT;
            assertEquals(digits ? BigInteger.ZERO : null, ExactEvaluator.apply(op, BigInteger.ZERO), op + "(0)");
            assertNull(ExactEvaluator.apply(op, BigInteger.valueOf(-5)), op + "(-5)");
            assertNull(ExactEvaluator.apply(op, BigInteger.ONE.shiftLeft(41)), op + "(2^41)");
            assertEquals(Double.NaN, op.apply(2.5), op + "(2.5)");
        }
        assertEquals(BigInteger.valueOf(41), ExactEvaluator.apply(Op.TAU, BigInteger.ONE.shiftLeft(40)));
    }
}
