package org.ait.collapse;

/**
 * A finite, immutable sample of items of one kind (symbols, reals, strings, points), as one generation trains on.
 *
 * @param <D> the concrete type, so that {@link #concat} and {@link #select} return it
 */
public interface Dataset<D extends Dataset<D>> {

    /** Number of items. */
    int size();

    /** This sample followed by {@code other}'s items. */
    D concat(D other);

    /** The items at these indices, in this order (indices may repeat). */
    D select(int[] indices);

    /** The items as bytes, for a general-purpose compressor's ratio (a baseline of BDM per symbol). */
    byte[] bytes();

    /**
     * The items as one binary string (symbols 0/1) for BDM per symbol, or null when the items are not binary strings
     * or symbols.
     */
    default byte[] binarySymbols() {
        return null;
    }
}
