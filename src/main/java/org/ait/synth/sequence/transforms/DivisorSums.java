package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Dirichlet transforms of arithmetic functions: a(n) = sum_{d|n} b(d) ({@code mobius} false: b is a's Möbius
 * transform), or a(n) = sum_{d|n} mu(n/d) b(d) ({@code mobius} true). Divisor functions, Euler's totient and their
 * kin reduce to polynomials this way (sum_{d|n} phi(d) = n). Arithmetic functions start at n = 1: the input's first
 * term is a(1) ({@code skip} 0), or, for a sequence listed from n = 0, a(0) is kept aside ({@code skip} 1).
 */
public final class DivisorSums implements Transform {

    private final boolean mobius;
    private final int skip;

    public DivisorSums(boolean mobius, int skip) {
        this.mobius = mobius;
        this.skip = skip;
    }

    @Override
    public String name() {
        return (mobius ? "Moebius transform" : "divisor sums") + (skip > 0 ? " (from n = 1 after a(0))" : "");
    }

    @Override
    public String inverse() {
        return new DivisorSums(!mobius, skip).name();
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        if (a.length < skip + 3) {
            return null;
        }
        BigInteger[] f = Arrays.copyOfRange(a, skip, a.length);
        return new Reduction(apply(f, !mobius), Arrays.copyOf(a, skip));
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] b = inner.terms(count - skip);
        BigInteger[] f = apply(b, mobius);
        BigInteger[] a = new BigInteger[skip + f.length];
        System.arraycopy(kept, 0, a, 0, skip);
        System.arraycopy(f, 0, a, skip, f.length);
        return a;
    }

    /** x indexed from n = 1: sum over divisors of n of (mu(n/d) if withMu) x(d). */
    static BigInteger[] apply(BigInteger[] x, boolean withMu) {
        int len = x.length;
        BigInteger[] out = new BigInteger[len];
        Arrays.fill(out, BigInteger.ZERO);
        for (int d = 1; d <= len; d++) {
            for (int m = d; m <= len; m += d) {
                int mu = withMu ? mu(m / d) : 1;
                if (mu != 0) {
                    out[m - 1] = mu > 0 ? out[m - 1].add(x[d - 1]) : out[m - 1].subtract(x[d - 1]);
                }
            }
        }
        return out;
    }

    static int mu(int n) {
        int result = 1;
        for (int p = 2; (long) p * p <= n; p++) {
            if (n % p == 0) {
                n /= p;
                if (n % p == 0) {
                    return 0;
                }
                result = -result;
            }
        }
        return n > 1 ? -result : result;
    }
}
