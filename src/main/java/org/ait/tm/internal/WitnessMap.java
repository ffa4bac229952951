package org.ait.tm.internal;

import it.unimi.dsi.fastutil.HashCommon;

/**
 * The least witness seen so far per output: an open-addressing map from a packed output code (never 0) to two longs,
 * the witness's order key and its machine code ({@link org.ait.tm.MachineCode}), compared by {@link #less}.
 * One probe per offer: this sits in the walkers' leaf handling. Keeping minima of a total order is associative and
 * commutative, so maps merge to the same result in any order (tables do not depend on the thread count).
 *
 * <p>Order key layout: states visited (bits 56-63), defined transitions (48-55), steps (8-47), then the symmetry
 * that turns the walked machine into this one (bits 1-7) and whether the output is the complement of the pattern
 * (bit 0). Witnesses compare by states, defined transitions and steps, then by the walked machine's code (its text),
 * then by symmetry; the complement bit never decides (a machine prints one output).
 */
public final class WitnessMap {

    /** Largest share of slots in use (as fastutil's maps). */
    private static final float LOAD = 0.75f;

    private long[] keys;
    private long[] orders;
    private long[] machines;
    private int mask;
    private int size;

    public WitnessMap() {
        this(16);
    }

    public WitnessMap(int expected) {
        int capacity = HashCommon.arraySize(Math.max(expected, 4), LOAD);
        keys = new long[capacity];
        orders = new long[capacity];
        machines = new long[capacity];
        mask = capacity - 1;
    }

    /** The order key of a witness (see the class comment). */
    public static long order(int states, int defined, long steps, int symmetry, boolean complement) {
        return (long) states << 56 | (long) defined << 48 | steps << 8 | (long) symmetry << 1 | (complement ? 1 : 0);
    }

    public static int states(long order) {
        return (int) (order >>> 56);
    }

    public static int defined(long order) {
        return (int) (order >>> 48) & 0xFF;
    }

    public static long steps(long order) {
        return (order >>> 8) & ((1L << 40) - 1);
    }

    public static int symmetry(long order) {
        return (int) (order >>> 1) & 0x7F;
    }

    public static boolean complement(long order) {
        return (order & 1) != 0;
    }

    /** The same order with another symmetry and complement bit. */
    public static long withSymmetry(long order, int symmetry, boolean complement) {
        return (order & ~0xFFL) | (long) symmetry << 1 | (complement ? 1 : 0);
    }

    /** Whether witness (o1, m1) comes before (o2, m2). */
    public static boolean less(long o1, long m1, long o2, long m2) {
        long a = o1 >>> 8;
        long b = o2 >>> 8;
        if (a != b) {
            return a < b;
        }
        if (m1 != m2) {
            return Long.compareUnsigned(m1, m2) < 0;
        }
        return (o1 & 0xFF) < (o2 & 0xFF);
    }

    public int size() {
        return size;
    }

    /** Keeps (order, machine) for the output when it comes before the witness kept so far. */
    public void offer(long output, long order, long machine) {
        int i = (int) HashCommon.mix(output) & mask;
        long key;
        while ((key = keys[i]) != 0) {
            if (key == output) {
                if (less(order, machine, orders[i], machines[i])) {
                    orders[i] = order;
                    machines[i] = machine;
                }
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = output;
        orders[i] = order;
        machines[i] = machine;
        if (++size > (mask + 1) * LOAD) {
            grow();
        }
    }

    private void grow() {
        long[] k = keys;
        long[] o = orders;
        long[] m = machines;
        int capacity = k.length * 2;
        keys = new long[capacity];
        orders = new long[capacity];
        machines = new long[capacity];
        mask = capacity - 1;
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                offer(k[i], o[i], m[i]);
            }
        }
    }

    /** Room for this many outputs without growing (merging a large map into a small one would otherwise cluster). */
    public void ensureCapacity(int expected) {
        if (HashCommon.arraySize(Math.max(expected, 4), LOAD) > keys.length) {
            long[] k = keys;
            long[] o = orders;
            long[] m = machines;
            int capacity = HashCommon.arraySize(expected, LOAD);
            keys = new long[capacity];
            orders = new long[capacity];
            machines = new long[capacity];
            mask = capacity - 1;
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (k[i] != 0) {
                    offer(k[i], o[i], m[i]);
                }
            }
        }
    }

    /** The slot of an output, or -1 when it has no witness. */
    public int find(long output) {
        int i = (int) HashCommon.mix(output) & mask;
        long key;
        while ((key = keys[i]) != 0) {
            if (key == output) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    public long order(int slot) {
        return orders[slot];
    }

    public long machine(int slot) {
        return machines[slot];
    }

    public void merge(WitnessMap other) {
        ensureCapacity(size + other.size);
        other.forEach(this::offer);
    }

    /** Receives one entry. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long output, long order, long machine);
    }

    public void forEach(Visitor v) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                v.visit(keys[i], orders[i], machines[i]);
            }
        }
    }
}
