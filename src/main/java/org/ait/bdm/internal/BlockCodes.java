package org.ait.bdm.internal;

/**
 * Blocks as base-k numbers: cells row-major, first cell most significant. For k a power of two the code is the
 * plain bit packing, so the hot loops can use shifts and masks.
 */
public final class BlockCodes {

    /** Largest number of distinct codes a shape may have (k^cells), so codes fit a long with room to spare. */
    public static final long MAX_CODES = 1L << 62;

    private BlockCodes() {
    }

    /** k^cells, or -1 when it exceeds {@link #MAX_CODES}. */
    public static long codeCount(int k, int cells) {
        long n = 1;
        for (int i = 0; i < cells; i++) {
            if (n > MAX_CODES / k) {
                return -1;
            }
            n *= k;
        }
        return n;
    }

    /** Canonical code: symbols relabelled 0, 1, 2, ... in order of first appearance. */
    public static long canonical(long code, int cells, int k) {
        if (k == 2) {
            return ((code >>> (cells - 1)) & 1) == 0 ? code : code ^ ((1L << (cells - 1) << 1) - 1);
        }
        long place = pow(k, cells - 1);
        int[] map = new int[16];
        int next = 1; // labels stored +1 so that 0 means unseen
        long out = 0;
        for (int i = 0; i < cells; i++) {
            int s = (int) ((code / place) % k);
            place /= k;
            if (map[s] == 0) {
                map[s] = next++;
            }
            out = out * k + (map[s] - 1);
        }
        return out;
    }

    /** Number of distinct symbols in a code. */
    public static int distinctSymbols(long code, int cells, int k) {
        int seen = 0;
        for (int i = 0; i < cells; i++) {
            seen |= 1 << (int) (code % k);
            code /= k;
        }
        return Integer.bitCount(seen);
    }

    /** k!/(k-j)!. */
    public static long relabellings(int k, int j) {
        long r = 1;
        for (int i = 0; i < j; i++) {
            r *= k - i;
        }
        return r;
    }

    public static long pow(int k, int e) {
        long r = 1;
        for (int i = 0; i < e; i++) {
            r *= k;
        }
        return r;
    }

    /** Writes the cells of a code into out[0, cells). */
    public static void digits(long code, int cells, int k, byte[] out) {
        for (int i = cells - 1; i >= 0; i--) {
            out[i] = (byte) (code % k);
            code /= k;
        }
    }

    /** Code of the given cells. */
    public static long code(byte[] cells, int from, int count, int k) {
        long c = 0;
        for (int i = from; i < from + count; i++) {
            c = c * k + cells[i];
        }
        return c;
    }
}
