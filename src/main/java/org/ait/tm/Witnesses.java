package org.ait.tm;

import java.util.Arrays;

/**
 * Minimal witnesses of a binary table, kept per canonical output pattern P: the least machine W of the space (a tree
 * leaf, a partial transition table in a {@link MachineCode}) that prints P or its complement from the blank-0 tape,
 * the number of steps it takes (the halting step included), which of the two it prints, and, when the least machine
 * printing the other string has as many states, transitions and steps as W, that machine too ({@link #second}).
 *
 * <p>Machines are ordered by: fewest states visited, fewest defined transitions, fewest steps, then the text of the
 * machine as the enumerator walks it (its mirror or rotated image, for machines whose first move does not go right),
 * then the symmetry that turns that machine into this one. A total order, so witnesses do not depend on thread count,
 * scheduling or resumes. The witness of a string s is the least machine printing s from the blank-0 tape unless the
 * complement of a strictly smaller one (by states, transitions, steps) prints s from the blank-1 tape: W, the second
 * machine, or the complement of W.
 *
 * <p>Packed patterns ({@link OutputCodec} codes, 2D {@link Output2D} codes) are kept sorted by code, patterns too
 * long to pack by text; lookups are binary searches. Immutable.
 */
public final class Witnesses {

    private final MachineSpace space;
    private final long[] patterns;
    private final long[] machines;
    /** steps << 1 | 1 when the machine prints the complement of the pattern. */
    private final long[] info;
    /** The least machine printing the other string when it ties with the first; 0 when none does. */
    private final long[] seconds;
    private final String[] longPatterns;
    private final long[] longMachines;
    private final long[] longInfo;
    private final long[] longSeconds;

    private Witnesses(MachineSpace space, long[] patterns, long[] machines, long[] info, long[] seconds,
            String[] longPatterns, long[] longMachines, long[] longInfo, long[] longSeconds) {
        this.space = space;
        this.patterns = patterns;
        this.machines = machines;
        this.info = info;
        this.seconds = seconds;
        this.longPatterns = longPatterns;
        this.longMachines = longMachines;
        this.longInfo = longInfo;
        this.longSeconds = longSeconds;
    }

    public static Builder builder(MachineSpace space) {
        return new Builder(space);
    }

    /** Collects witnesses in any order; {@link #build} sorts them. */
    public static final class Builder {
        private final MachineSpace space;
        private long[] patterns = new long[16];
        private long[] machines = new long[16];
        private long[] info = new long[16];
        private long[] seconds = new long[16];
        private int n;
        private final java.util.TreeMap<String, long[]> longOnes = new java.util.TreeMap<>();

        private Builder(MachineSpace space) {
            if (space.symbols() != 2 || !MachineCode.fits(space)) {
                throw new IllegalArgumentException("witnesses are kept for binary spaces whose machines fit in a code,"
                        + " not " + space);
            }
            this.space = space;
        }

        /** Room for this many packed patterns. */
        public Builder expect(int count) {
            if (count > patterns.length) {
                patterns = Arrays.copyOf(patterns, count);
                machines = Arrays.copyOf(machines, count);
                info = Arrays.copyOf(info, count);
                seconds = Arrays.copyOf(seconds, count);
            }
            return this;
        }

        /**
         * @param pattern    a canonical pattern code
         * @param machine    the witness's code
         * @param steps      steps of its run from the blank-0 tape, the halting step included
         * @param complement whether the machine prints the complement of the pattern
         * @param second     a machine printing the other string in as many steps, with as many states and
         *                   transitions; 0 for none
         */
        public Builder add(long pattern, long machine, long steps, boolean complement, long second) {
            if (n == patterns.length) {
                expect(Math.max(16, n + (n >> 1)));
            }
            patterns[n] = pattern;
            machines[n] = machine;
            info[n] = steps << 1 | (complement ? 1 : 0);
            seconds[n] = second;
            n++;
            return this;
        }

        /** A pattern too long to pack, by its canonical text (2D: rows joined by '-'). */
        public Builder add(String pattern, long machine, long steps, boolean complement, long second) {
            longOnes.put(pattern, new long[] {machine, steps << 1 | (complement ? 1 : 0), second});
            return this;
        }

        /** @throws IllegalArgumentException when a pattern was added twice */
        public Witnesses build() {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            long[] p = patterns;
            it.unimi.dsi.fastutil.ints.IntArrays.quickSort(order, (a, b) -> Long.compare(p[a], p[b]));
            long[] sp = new long[n];
            long[] sm = new long[n];
            long[] si = new long[n];
            long[] ss = new long[n];
            for (int i = 0; i < n; i++) {
                sp[i] = patterns[order[i]];
                sm[i] = machines[order[i]];
                si[i] = info[order[i]];
                ss[i] = seconds[order[i]];
                if (i > 0 && sp[i] == sp[i - 1]) {
                    throw new IllegalArgumentException("pattern code " + sp[i] + " has two witnesses");
                }
            }
            String[] lp = longOnes.keySet().toArray(new String[0]);
            long[] lm = new long[lp.length];
            long[] li = new long[lp.length];
            long[] ls = new long[lp.length];
            for (int i = 0; i < lp.length; i++) {
                lm[i] = longOnes.get(lp[i])[0];
                li[i] = longOnes.get(lp[i])[1];
                ls[i] = longOnes.get(lp[i])[2];
            }
            return new Witnesses(space, sp, sm, si, ss, lp, lm, li, ls);
        }
    }

    public MachineSpace space() {
        return space;
    }

    /** Number of patterns with a witness. */
    public int size() {
        return patterns.length + longPatterns.length;
    }

    /** Number of packed patterns; they come first, in increasing code order, as indices 0 .. packed()-1. */
    public int packed() {
        return patterns.length;
    }

    /** Index of a canonical pattern code, or -1 when it has no witness. */
    public int find(long pattern) {
        int i = Arrays.binarySearch(patterns, pattern);
        return i >= 0 ? i : -1;
    }

    /** Index of a canonical pattern too long to pack, given by its text, or -1. */
    public int find(String pattern) {
        int i = Arrays.binarySearch(longPatterns, pattern);
        return i >= 0 ? patterns.length + i : -1;
    }

    /** The packed pattern at an index below {@link #packed()}. */
    public long pattern(int index) {
        return patterns[index];
    }

    /** The text of the pattern at an index from {@link #packed()} on. */
    public String longPattern(int index) {
        return longPatterns[index - patterns.length];
    }

    public long machine(int index) {
        return index < patterns.length ? machines[index] : longMachines[index - patterns.length];
    }

    public long steps(int index) {
        return info(index) >>> 1;
    }

    /** Whether the machine at this index prints the complement of the pattern from the blank-0 tape. */
    public boolean complement(int index) {
        return (info(index) & 1) != 0;
    }

    /**
     * The least machine printing, from the blank-0 tape, the string the machine at this index does not print, when
     * it has as many states, transitions and steps; 0 when there is none (the complement of {@link #machine} from the
     * blank-1 tape is then that string's witness).
     */
    public long second(int index) {
        return index < patterns.length ? seconds[index] : longSeconds[index - patterns.length];
    }

    private long info(int index) {
        return index < patterns.length ? info[index] : longInfo[index - patterns.length];
    }

    /** The witnesses of the patterns that pass the filter (for trimmed tables). */
    public Witnesses filter(java.util.function.LongPredicate packedKeep,
            java.util.function.Predicate<String> longKeep) {
        Builder b = new Builder(space).expect(patterns.length);
        for (int i = 0; i < patterns.length; i++) {
            if (packedKeep.test(patterns[i])) {
                b.add(patterns[i], machines[i], info[i] >>> 1, (info[i] & 1) != 0, seconds[i]);
            }
        }
        for (int i = 0; i < longPatterns.length; i++) {
            if (longKeep.test(longPatterns[i])) {
                b.add(longPatterns[i], longMachines[i], longInfo[i] >>> 1, (longInfo[i] & 1) != 0, longSeconds[i]);
            }
        }
        return b.build();
    }
}
