package org.ait.synth.automata.internal;

import java.util.Arrays;

/**
 * A prediction vector as a hash key (hash computed once; equality by content), and the linear fingerprint
 * sum_i w_i (v_i + 1) with pseudo-random weights w_i, which for the plain code is a sum over contexts (see
 * {@link Transitions#plainFingerprint}), so groups can be matched across boundaries and families without building
 * their vectors.
 */
final class Predictions {

    /** The weight of data cell i (SplitMix64's finaliser of i): fixed, so fingerprints compare across scores. */
    static long weight(int i) {
        long z = (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** sum_i w_i (v_i + 1): unpredicted cells (-1) add nothing. */
    static long fingerprint(byte[] vector) {
        long f = 0;
        for (int i = 0; i < vector.length; i++) {
            f += weight(i) * (vector[i] + 1);
        }
        return f;
    }

    final byte[] vector;
    private final int hash;

    Predictions(byte[] vector) {
        this.vector = vector;
        this.hash = Arrays.hashCode(vector);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Predictions p && p.hash == hash && Arrays.equals(p.vector, vector);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
