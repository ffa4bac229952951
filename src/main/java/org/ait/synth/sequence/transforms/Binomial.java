package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The binomial transform a(n) = sum_k C(n,k) b(k) ({@code inverse} false; b is a's inverse binomial transform), or
 * the inverse one a(n) = sum_k (-1)^(n-k) C(n,k) b(k) ({@code inverse} true).
 */
public final class Binomial implements Transform {

    private final boolean inverse;

    public Binomial(boolean inverse) {
        this.inverse = inverse;
    }

    @Override
    public String name() {
        return inverse ? "inverse binomial transform" : "binomial transform";
    }

    @Override
    public String inverse() {
        return new Binomial(!inverse).name();
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        return new Reduction(apply(a, !inverse, a.length), new BigInteger[0]);
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] b = inner.terms(count);
        return apply(b, inverse, b.length);
    }

    /** sum_k C(n,k) (+-1)^(n-k) x(k) for n < count. */
    static BigInteger[] apply(BigInteger[] x, boolean alternate, int count) {
        BigInteger[] out = new BigInteger[count];
        BigInteger[] row = {BigInteger.ONE};
        for (int n = 0; n < count; n++) {
            BigInteger s = BigInteger.ZERO;
            for (int k = 0; k <= n; k++) {
                BigInteger term = row[k].multiply(x[k]);
                s = alternate && ((n - k) & 1) == 1 ? s.subtract(term) : s.add(term);
            }
            out[n] = s;
            BigInteger[] next = new BigInteger[n + 2];
            next[0] = BigInteger.ONE;
            next[n + 1] = BigInteger.ONE;
            for (int k = 1; k <= n; k++) {
                next[k] = row[k - 1].add(row[k]);
            }
            row = next;
        }
        return out;
    }
}
