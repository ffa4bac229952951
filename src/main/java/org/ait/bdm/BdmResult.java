package org.ait.bdm;

/**
 * The result of scoring one object.
 *
 * @param bdm               BDM in bits: sum over distinct blocks of CTM + log2(multiplicity)
 * @param normalizedBdm     (bdm - minBdm) / (maxBdm - minBdm), 0 when the bounds coincide
 * @param minBdm            the least complex arrangement of the same number of blocks
 * @param maxBdm            the most complex arrangement of the same number of blocks
 * @param entropy           Shannon entropy (bits) of the block-frequency distribution
 * @param normalizedEntropy (entropy - min) / (max - min) over the same numbers of blocks, 0 when they coincide
 * @param blocks            number of blocks (occurrences)
 * @param distinctBlocks    number of distinct blocks
 * @param missingBlocks     occurrences of blocks without a CTM value (each counted at max of its shape + 1)
 * @param missingDistinct   distinct blocks without a CTM value
 */
public record BdmResult(double bdm, double normalizedBdm, double minBdm, double maxBdm, double entropy,
        double normalizedEntropy, long blocks, long distinctBlocks, long missingBlocks, long missingDistinct) {
}
