package org.ait.synth.expr.internal;

/**
 * What "the same function" means to the searches: two expressions whose values at the same rows have the same
 * signature count as one. The structure enumerator drops a candidate whose signature an earlier one has, and the
 * term phase keeps one term per signature.
 */
public final class ValueSignature {

    private ValueSignature() {
    }

    /** A hash of values rounded to 32 significant bits (about 9.6 digits); 0 when no value is finite. */
    public static long of(double[] values) {
        long h = 0x9E3779B97F4A7C15L;
        boolean any = false;
        for (double v : values) {
            long bits;
            if (Double.isFinite(v)) {
                any = true;
                // Round the bit pattern: equal functions computed in another order differ in the last bits, and a
                // carry out of the mantissa moves to the next binade as it should (0.49999999999999994 -> 0.5).
                bits = v == 0 ? 0 : (Double.doubleToRawLongBits(v) + (1L << 19)) >>> 20;
            } else {
                bits = Double.isNaN(v) ? 7 : v > 0 ? 11 : 13;
            }
            h = (h ^ bits) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return any ? (h == 0 || h == Long.MIN_VALUE ? 1 : h) : 0;
    }
}
