package org.ait.bdm.internal;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;

/**
 * Multiplicities of the blocks of one shape, by raw code. Dense shapes count in an array and remember which
 * codes they touched, so clearing costs the number of distinct blocks, not the number of codes. Not thread-safe:
 * one per scoring thread.
 */
public final class BlockCounter {

    public final ShapeValues values;
    private final long[] dense;
    private final long[] listed; // bit set of codes in touched
    private int[] touched;
    private int distinct;
    private final Long2LongOpenHashMap hashed;
    private long total;

    public BlockCounter(ShapeValues values) {
        this.values = values;
        if (values.isDense()) {
            dense = new long[(int) values.codes];
            touched = new int[64];
            listed = new long[(int) ((values.codes + 63) >>> 6)];
            hashed = null;
        } else {
            dense = null;
            listed = null;
            hashed = new Long2LongOpenHashMap();
        }
    }

    /** One more occurrence of a block. */
    public void add(long code) {
        total++;
        if (dense != null) {
            if (dense[(int) code]++ == 0) {
                remember((int) code);
            }
        } else {
            hashed.addTo(code, 1);
        }
    }

    private void remember(int code) {
        if ((listed[code >>> 6] & (1L << code)) != 0) {
            return;
        }
        listed[code >>> 6] |= 1L << code;
        if (distinct == touched.length) {
            touched = java.util.Arrays.copyOf(touched, distinct * 2);
        }
        touched[distinct++] = code;
    }

    /** Adds {@code times} occurrences (negative removes them); returns the new multiplicity. */
    public long add(long code, long times) {
        total += times;
        if (dense != null) {
            long before = dense[(int) code];
            dense[(int) code] = before + times;
            if (before == 0 && times > 0) {
                remember((int) code);
            }
            return before + times;
        }
        long after = hashed.addTo(code, times) + times;
        if (after == 0) {
            hashed.remove(code);
        }
        return after;
    }

    public long count(long code) {
        return dense != null ? dense[(int) code] : hashed.get(code);
    }

    /** Total occurrences. */
    public long total() {
        return total;
    }

    public void clear() {
        if (dense != null) {
            for (int i = 0; i < distinct; i++) {
                dense[touched[i]] = 0;
                listed[touched[i] >>> 6] = 0;
            }
            distinct = 0;
        } else {
            hashed.clear();
        }
        total = 0;
    }

    /** Receives a block code and its multiplicity. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long code, long count);
    }

    /** Visits every block with a positive multiplicity, once. */
    public void forEach(Visitor v) {
        if (dense != null) {
            for (int i = 0; i < distinct; i++) {
                long n = dense[touched[i]];
                if (n > 0) {
                    v.visit(touched[i], n);
                }
            }
        } else {
            for (Long2LongMap.Entry e : hashed.long2LongEntrySet()) {
                if (e.getLongValue() > 0) {
                    v.visit(e.getLongKey(), e.getLongValue());
                }
            }
        }
    }

    /** Sums over the distinct blocks, for one score. */
    public static final class Totals {
        public double bdm;
        /** Sum of n log2 n over distinct blocks, for the entropy. */
        public double nLogN;
        public long blocks;
        public long distinct;
        public long missing;
        public long missingDistinct;

        public void clear() {
            bdm = 0;
            nLogN = 0;
            blocks = 0;
            distinct = 0;
            missing = 0;
            missingDistinct = 0;
        }

        void add(double k, long n, boolean isMissing) {
            double log = log2(n);
            bdm += k + log;
            nLogN += n * log;
            blocks += n;
            distinct++;
            if (isMissing) {
                missing += n;
                missingDistinct++;
            }
        }
    }

    /** Adds this shape's blocks to the totals: CTM (or the missing value) + log2 n for each distinct block. */
    public void addTo(Totals t) {
        if (dense != null) {
            for (int i = 0; i < distinct; i++) {
                int c = touched[i];
                long n = dense[c];
                if (n > 0) {
                    double k = values.complexity(c);
                    boolean missing = Double.isNaN(k);
                    t.add(missing ? values.missingK : k, n, missing);
                }
            }
        } else {
            for (Long2LongMap.Entry e : hashed.long2LongEntrySet()) {
                long n = e.getLongValue();
                if (n > 0) {
                    double k = values.complexity(e.getLongKey());
                    boolean missing = Double.isNaN(k);
                    t.add(missing ? values.missingK : k, n, missing);
                }
            }
        }
    }

    /** log2 n, exact for powers of two. */
    public static double log2(long n) {
        if ((n & (n - 1)) == 0) {
            return 63 - Long.numberOfLeadingZeros(n);
        }
        return Math.log(n) * INV_LN2;
    }

    private static final double INV_LN2 = 1 / Math.log(2);
}
