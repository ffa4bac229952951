package org.ait.synth.expr;

import java.math.BigInteger;

/**
 * The arithmetic functions of sequence programs (d(n), sigma(n), phi(n), mu(n), omega(n), Omega(n), isprime(n),
 * prime(n), pi(n), the least and greatest prime factors, 1 for n = 1), on positive integers, and the digit sums in bases
 * 10 and 2 on non-negative ones: a sieve of smallest prime factors up to {@link #SIEVE} answers the fast
 * path; larger arguments up to {@link #MAX_ARGUMENT} are factored by trial division with the sieve's primes. Outside
 * the domain (n < 1, or too large) a value is undefined.
 */
public final class NumberTheory {

    /** Largest argument the sieve answers directly (and the search's long evaluation uses). */
    public static final int SIEVE = 1 << 20;
    /** Largest argument factored at all: trial division by the primes up to {@link #SIEVE} suffices below SIEVE^2. */
    public static final long MAX_ARGUMENT = 1L << 40;
    /** Marks an undefined value. */
    public static final long UNDEFINED = Long.MIN_VALUE;

    private static final class Tables {
        static final int[] SMALLEST_FACTOR = new int[SIEVE + 1];
        static final int[] PRIMES;

        static {
            int count = 0;
            for (int i = 2; i <= SIEVE; i++) {
                if (SMALLEST_FACTOR[i] == 0) {
                    count++;
                    for (long j = i; j <= SIEVE; j += i) {
                        if (SMALLEST_FACTOR[(int) j] == 0) {
                            SMALLEST_FACTOR[(int) j] = i;
                        }
                    }
                }
            }
            PRIMES = new int[count];
            for (int i = 2, k = 0; i <= SIEVE; i++) {
                if (SMALLEST_FACTOR[i] == i) {
                    PRIMES[k++] = i;
                }
            }
        }
    }

    private NumberTheory() {
    }

    /** Whether {@code op} is one of the arithmetic functions here. */
    public static boolean handles(Op op) {
        return switch (op) {
            case TAU, SIGMA, TOTIENT, MOBIUS, OMEGA, BIGOMEGA, ISPRIME, PRIME, PRIMEPI, LPF, GPF, DIGITSUM, BITCOUNT ->
                    true;
            default -> false;
        };
    }

    /**
     * The function at {@code n}, {@link #UNDEFINED} outside its domain or when the value overflows a long; with
     * {@code sieveOnly} arguments above {@link #SIEVE} are undefined too (the enumeration's fast path).
     */
    public static long apply(Op op, long n, boolean sieveOnly) {
        if (op == Op.DIGITSUM || op == Op.BITCOUNT) {
            return n < 0 || n > MAX_ARGUMENT ? UNDEFINED : op == Op.BITCOUNT ? Long.bitCount(n) : digitSum(n);
        }
        if (n < 1 || n > (sieveOnly ? SIEVE : MAX_ARGUMENT)) {
            return UNDEFINED;
        }
        return switch (op) {
            case PRIME -> n <= Tables.PRIMES.length ? Tables.PRIMES[(int) n - 1] : UNDEFINED;
            case PRIMEPI -> n <= SIEVE ? primePi((int) n) : UNDEFINED;
            default -> multiplicative(op, n);
        };
    }

    /** The function at a big integer; null when undefined. */
    public static BigInteger apply(Op op, BigInteger n) {
        if (n.signum() < 0 || n.bitLength() > 41) {
            return null;
        }
        long v = apply(op, n.longValue(), false);
        return v == UNDEFINED ? null : BigInteger.valueOf(v);
    }

    private static long digitSum(long n) {
        long s = 0;
        for (; n > 0; n /= 10) {
            s += n % 10;
        }
        return s;
    }

    private static int primePi(int n) {
        int lo = 0;
        int hi = Tables.PRIMES.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Tables.PRIMES[mid] <= n) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Functions of the factorisation, accumulated prime power by prime power. */
    private static long multiplicative(Op op, long n) {
        long tau = 1;
        long sigma = 1;
        long phi = 1;
        int distinct = 0;
        int total = 0;
        boolean squarefree = true;
        long least = 1;
        long greatest = 1;
        long m = n;
        int k = 0;
        while (m > 1) {
            long p;
            if (m <= SIEVE) {
                p = Tables.SMALLEST_FACTOR[(int) m];
            } else {
                p = m;
                for (; k < Tables.PRIMES.length; k++) {
                    long q = Tables.PRIMES[k];
                    if (q * q > m) {
                        break;
                    }
                    if (m % q == 0) {
                        p = q;
                        break;
                    }
                }
            }
            int e = 0;
            long pe = 1;
            long sum = 1;
            while (m % p == 0) {
                m /= p;
                e++;
                pe *= p;
                sum += pe;
            }
            least = distinct == 0 ? p : least;
            greatest = p;
            distinct++;
            total += e;
            squarefree &= e == 1;
            tau *= e + 1;
            sigma *= sum; // sigma(n) < 6n for n below MAX_ARGUMENT: no overflow
            phi *= pe / p * (p - 1);
        }
        return switch (op) {
            case TAU -> tau;
            case SIGMA -> sigma;
            case TOTIENT -> phi;
            case MOBIUS -> squarefree ? (distinct % 2 == 0 ? 1 : -1) : 0;
            case OMEGA -> distinct;
            case BIGOMEGA -> total;
            case ISPRIME -> total == 1 ? 1 : 0;
            case LPF -> least;
            case GPF -> greatest;
            default -> throw new IllegalArgumentException(op + " is not an arithmetic function");
        };
    }
}
