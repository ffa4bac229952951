package org.ait.collapse.data;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.collapse.Dataset;

/**
 * Items that are strings of symbols 0..alphabet-1 (a flattened space-time diagram, a machine's input and output, the
 * terms of a sequence). Strings may differ in length.
 */
public final class Strings implements Dataset<Strings> {

    private final int alphabet;
    private final List<byte[]> items;

    public Strings(int alphabet, List<byte[]> items) {
        this.alphabet = alphabet;
        List<byte[]> copy = new ArrayList<>(items.size());
        for (byte[] s : items) {
            for (byte b : s) {
                if (b < 0 || b >= alphabet) {
                    throw new IllegalArgumentException("symbol " + b + " is outside 0.." + (alphabet - 1));
                }
            }
            copy.add(s.clone());
        }
        this.items = copy;
    }

    public int alphabet() {
        return alphabet;
    }

    /** Item i (a copy). */
    public byte[] item(int i) {
        return items.get(i).clone();
    }

    /** Length of item i. */
    public int length(int i) {
        return items.get(i).length;
    }

    /** Symbol j of item i. */
    public byte symbol(int i, int j) {
        return items.get(i)[j];
    }

    /** Number of distinct items. */
    public int distinct() {
        java.util.Set<java.nio.ByteBuffer> seen = new java.util.HashSet<>();
        for (byte[] s : items) {
            seen.add(java.nio.ByteBuffer.wrap(s));
        }
        return seen.size();
    }

    /** Total number of symbols. */
    public long symbols() {
        long n = 0;
        for (byte[] s : items) {
            n += s.length;
        }
        return n;
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Strings concat(Strings other) {
        List<byte[]> all = new ArrayList<>(items);
        all.addAll(other.items);
        return new Strings(Math.max(alphabet, other.alphabet), all);
    }

    @Override
    public Strings select(int[] indices) {
        List<byte[]> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(items.get(i));
        }
        return new Strings(alphabet, out);
    }

    @Override
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] s : items) {
            for (byte b : s) {
                out.write(Character.forDigit(b, 16));
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    @Override
    public byte[] binarySymbols() {
        if (alphabet != 2) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] s : items) {
            out.write(s, 0, s.length);
        }
        return out.toByteArray();
    }
}
