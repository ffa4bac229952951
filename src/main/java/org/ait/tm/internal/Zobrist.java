package org.ait.tm.internal;

/**
 * Zobrist hashing of tapes for the configuration-repeat detector: the hash of a tape is the sum of
 * symbol × {@link #of(int) of(cell)}. The values only filter candidate repeats; equality is always checked in full.
 */
final class Zobrist {

    private Zobrist() {
    }

    /** A fixed, well-mixed value per cell index (SplitMix64 of the index). */
    static long of(int cell) {
        long x = (cell + 1) * 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
