package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The members of a set in increasing order: a(i) is the i-th m >= 0 with b(m) = 1, where b is the set's
 * characteristic sequence (0/1). Sequences of numbers with a property (congruence classes, evil or odious numbers,
 * Beatty-like sets) reduce to a characteristic sequence that is periodic or automatic. Applies to strictly increasing
 * non-negative inputs (positive from 1) whose last term is at most {@link #MAX_VALUE}.
 */
public final class Characteristic implements Transform {

    /** The value of the characteristic sequence's first term: 0, or 1 for sets of positive integers (see below). */
    private final int first;

    /** The characteristic sequence from 0: b(0), b(1), ... */
    public Characteristic() {
        this(0);
    }

    /**
     * @param first 0, or 1 for the characteristic sequence of a set of positive integers listed from b(1): properties
     *              of n such as "phi(n) is a power of 2" are arithmetic functions of n >= 1, which the inner classes
     *              read from the first term of what they are given
     */
    public Characteristic(int first) {
        if (first != 0 && first != 1) {
            throw new IllegalArgumentException("first must be 0 or 1");
        }
        this.first = first;
    }

    static final int MAX_VALUE = 1024;
    /**
     * How far the characteristic sequence is run to find the members that follow the input (its inner program is
     * run exactly, and some, binomials mod 2 say, compute large numbers on the way).
     */
    static final int MAX_EXTENSION = 1 << 11;

    @Override
    public String name() {
        return first == 0 ? "members of the set with characteristic sequence"
                : "the m >= 1 with b(m - 1) = 1, in increasing order";
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
        if (a.length < 4 || a[0].signum() < first || a[a.length - 1].compareTo(BigInteger.valueOf(MAX_VALUE)) > 0) {
            return null;
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i].compareTo(a[i - 1]) <= 0) {
                return null;
            }
        }
        int last = a[a.length - 1].intValue();
        BigInteger[] b = new BigInteger[last + 1 - first];
        Arrays.fill(b, BigInteger.ZERO);
        for (BigInteger v : a) {
            b[v.intValue() - first] = BigInteger.ONE;
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
                    out[found++] = BigInteger.valueOf(m + first);
                }
            }
            if (b.length < len) {
                break;
            }
        }
        return Arrays.copyOf(out, found);
    }
}
