package org.ait.collapse.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.collapse.Dataset;

/** Items that are integer sequences (the first terms of a recurrence from random initial terms). */
public final class Sequences implements Dataset<Sequences> {

    private final List<long[]> items;

    public Sequences(List<long[]> items) {
        List<long[]> copy = new ArrayList<>(items.size());
        for (long[] s : items) {
            copy.add(s.clone());
        }
        this.items = copy;
    }

    /** Item i (a copy). */
    public long[] item(int i) {
        return items.get(i).clone();
    }

    /** Number of distinct items. */
    public int distinct() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long[] s : items) {
            seen.add(Arrays.toString(s));
        }
        return seen.size();
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Sequences concat(Sequences other) {
        List<long[]> all = new ArrayList<>(items);
        all.addAll(other.items);
        return new Sequences(all);
    }

    @Override
    public Sequences select(int[] indices) {
        List<long[]> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(items.get(i));
        }
        return new Sequences(out);
    }

    @Override
    public byte[] bytes() {
        StringBuilder s = new StringBuilder();
        for (long[] t : items) {
            for (int j = 0; j < t.length; j++) {
                s.append(j == 0 ? "" : ",").append(t[j]);
            }
            s.append('\n');
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
