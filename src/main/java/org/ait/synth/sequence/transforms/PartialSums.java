package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.SequenceProgram;

/** a(n) = a(0) + b(0) + ... + b(n-1): b is the first differences of a. */
public final class PartialSums implements Transform {

    @Override
    public String name() {
        return "partial sums";
    }

    @Override
    public String inverse() {
        return "first differences";
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        if (a.length < 2) {
            return null;
        }
        BigInteger[] b = new BigInteger[a.length - 1];
        for (int i = 0; i < b.length; i++) {
            b[i] = a[i + 1].subtract(a[i]);
        }
        return new Reduction(b, new BigInteger[] {a[0]});
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] b = inner.terms(count - 1);
        BigInteger[] a = new BigInteger[Math.min(count, b.length + 1)];
        a[0] = kept[0];
        for (int i = 1; i < a.length; i++) {
            a[i] = a[i - 1].add(b[i - 1]);
        }
        return a;
    }
}
