package org.ait.synth.sequence;

import java.math.BigInteger;

/** Limits of exact evaluation shared by every program class. */
public final class Exact {

    /**
     * Largest term a program may print, in bits (about 300,000 decimal digits): a 10,000-digit term is well inside;
     * a doubly exponential program stops printing (it is then undefined beyond) instead of exhausting memory.
     */
    public static final int MAX_BITS = 1 << 20;

    private Exact() {
    }

    /** Whether a value is within {@link #MAX_BITS}. */
    public static boolean fits(BigInteger v) {
        return v.bitLength() <= MAX_BITS;
    }
}
