package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The members of a set in increasing order: a(i) is the i-th m >= 0 with b(m) = 1, where b is the set's
 * characteristic sequence (0/1). Sequences of numbers with a property (congruence classes, evil or odious numbers,
 * Beatty-like sets) reduce to a characteristic sequence that is periodic or automatic. Applies to strictly increasing
 * non-negative inputs whose last term is at most {@link #MAX_VALUE}.
 */
public final class Characteristic implements Transform {

    static final int MAX_VALUE = 1024;
    /**
     * How far the characteristic sequence is run to find the members that follow the input (its inner program is
     * run exactly, and some, binomials mod 2 say, compute large numbers on the way).
     */
    static final int MAX_EXTENSION = 1 << 11;

    @Override
    public String name() {
        return "members of the set with characteristic sequence";
    }

    @Override
    public String inverse() {
        return new Positions().name();
    }

    @Override
    public boolean nests() {
        return false;
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        if (a.length < 4 || a[0].signum() < 0 || a[a.length - 1].compareTo(BigInteger.valueOf(MAX_VALUE)) > 0) {
            return null;
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i].compareTo(a[i - 1]) <= 0) {
                return null;
            }
        }
        int last = a[a.length - 1].intValue();
        BigInteger[] b = new BigInteger[last + 1];
        Arrays.fill(b, BigInteger.ZERO);
        for (BigInteger v : a) {
            b[v.intValue()] = BigInteger.ONE;
        }
        return new Reduction(b, new BigInteger[0]);
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] out = new BigInteger[count];
        int found = 0;
        for (int len = 128; found < count && len <= MAX_EXTENSION; len *= 4) {
            BigInteger[] b = inner.terms(len);
            found = 0;
            for (int m = 0; m < b.length && found < count; m++) {
                if (b[m].signum() != 0) {
                    if (!b[m].equals(BigInteger.ONE)) {
                        return new BigInteger[0];
                    }
                    out[found++] = BigInteger.valueOf(m);
                }
            }
            if (b.length < len) {
                break;
            }
        }
        return Arrays.copyOf(out, found);
    }
}
