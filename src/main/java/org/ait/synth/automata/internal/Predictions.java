package org.ait.synth.automata.internal;

import java.util.Arrays;

/** A prediction vector as a hash key (hash computed once; equality by content). */
final class Predictions {

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
