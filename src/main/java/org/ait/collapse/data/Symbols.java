package org.ait.collapse.data;

import java.util.Arrays;
import org.ait.collapse.Dataset;

/** Items that are symbols 0..k-1 of a finite alphabet. */
public final class Symbols implements Dataset<Symbols> {

    private final int alphabet;
    private final int[] values;

    public Symbols(int alphabet, int[] values) {
        if (alphabet < 1) {
            throw new IllegalArgumentException("alphabet must be at least 1, got " + alphabet);
        }
        for (int v : values) {
            if (v < 0 || v >= alphabet) {
                throw new IllegalArgumentException("symbol " + v + " is outside 0.." + (alphabet - 1));
            }
        }
        this.alphabet = alphabet;
        this.values = values.clone();
    }

    public int alphabet() {
        return alphabet;
    }

    public int value(int i) {
        return values[i];
    }

    /** How many items hold each symbol. */
    public long[] counts() {
        long[] c = new long[alphabet];
        for (int v : values) {
            c[v]++;
        }
        return c;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Symbols concat(Symbols other) {
        int[] all = Arrays.copyOf(values, values.length + other.values.length);
        System.arraycopy(other.values, 0, all, values.length, other.values.length);
        return new Symbols(Math.max(alphabet, other.alphabet), all);
    }

    @Override
    public Symbols select(int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return new Symbols(alphabet, out);
    }

    @Override
    public byte[] bytes() {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Override
    public byte[] binarySymbols() {
        return alphabet == 2 ? bytes() : null;
    }
}
