package org.ait.bdm.internal;

import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.bdm.BlockShape;
import org.ait.bdm.CtmValues;

/**
 * CTM of every block of one shape, ready for scoring: O(1) lookup by raw code (dense array for small shapes,
 * canonical pattern + hash otherwise), the missing-block value (max of the shape + 1 bit), and the values sorted
 * for the normalisation bounds.
 */
public final class ShapeValues {

    /** Shapes with at most this many codes get a dense array (8 MB of doubles). */
    public static final long DENSE_LIMIT = 1 << 20;

    public final BlockShape shape;
    public final int cells;
    public final int symbols;
    /** k^cells: the number of distinct blocks of this shape. */
    public final long codes;
    private final double[] dense;
    private final Long2DoubleOpenHashMap byPattern;
    public final double minK;
    public final double maxK;
    /** The value a block without CTM value gets: max K of the shape + 1 (the published convention). */
    public final double missingK;
    /** Blocks of this shape without a value. */
    public final long missingBlocks;
    // Distinct K values in decreasing order, how many blocks have each, and running sums, for max BDM.
    private final double[] levelK;
    private final long[] cumulativeBlocks;
    private final double[] cumulativeK;

    public ShapeValues(CtmValues values, BlockShape shape) {
        this.shape = shape;
        this.cells = shape.cells();
        this.symbols = values.symbols();
        this.codes = BlockCodes.codeCount(symbols, cells);
        if (codes < 0) {
            throw new IllegalArgumentException("block " + shape + " over " + symbols + " symbols is too large to code");
        }
        int k = symbols;
        this.byPattern = new Long2DoubleOpenHashMap();
        byPattern.defaultReturnValue(Double.NaN);
        List<double[]> levels = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        long[] covered = {0};
        values.forEachPattern(shape, (code, kValue) -> {
            byPattern.put(code, kValue);
            long n = BlockCodes.relabellings(k, BlockCodes.distinctSymbols(code, cells, k));
            levels.add(new double[] {kValue, n});
            covered[0] += n;
            range[0] = Math.min(range[0], kValue);
            range[1] = Math.max(range[1], kValue);
        });
        if (byPattern.isEmpty()) {
            throw new IllegalArgumentException("table " + values.name() + " has no CTM values for blocks of shape " + shape);
        }
        this.minK = range[0];
        this.maxK = range[1];
        this.missingK = maxK + 1;
        this.missingBlocks = codes - covered[0];
        levels.sort((a, b) -> Double.compare(b[0], a[0]));
        levelK = new double[levels.size()];
        cumulativeBlocks = new long[levels.size() + 1];
        cumulativeK = new double[levels.size() + 1];
        for (int i = 0; i < levelK.length; i++) {
            double[] l = levels.get(i);
            levelK[i] = l[0];
            cumulativeBlocks[i + 1] = cumulativeBlocks[i] + (long) l[1];
            cumulativeK[i + 1] = cumulativeK[i] + l[0] * l[1];
        }
        if (codes <= DENSE_LIMIT) {
            dense = new double[(int) codes];
            for (int c = 0; c < codes; c++) {
                dense[c] = byPattern.get(BlockCodes.canonical(c, cells, k));
            }
        } else {
            dense = null;
        }
    }

    /** K of a block by raw code; NaN when the table has no value for it. */
    public double complexity(long code) {
        if (dense != null) {
            return dense[(int) code];
        }
        return byPattern.get(BlockCodes.canonical(code, cells, symbols));
    }

    /** K of a block by raw code, or {@link #missingK} when the table has no value for it. */
    public double complexityOrMissing(long code) {
        double c = complexity(code);
        return Double.isNaN(c) ? missingK : c;
    }

    /** Whether lookups use the dense array (so raw codes can index arrays of {@link #codes} entries). */
    public boolean isDense() {
        return dense != null;
    }

    /**
     * The largest sum of K over n distinct blocks of this shape (n at most {@link #codes}): blocks without a
     * value count {@link #missingK} and come first, then blocks in decreasing order of K.
     */
    public double largestSum(long n) {
        double sum = 0;
        long fromMissing = Math.min(n, missingBlocks);
        sum += fromMissing * missingK;
        long rest = n - fromMissing;
        if (rest <= 0) {
            return sum;
        }
        int i = Arrays.binarySearch(cumulativeBlocks, rest);
        if (i >= 0) {
            return sum + cumulativeK[i];
        }
        int level = -i - 2; // cumulativeBlocks[level] < rest < cumulativeBlocks[level + 1]
        return sum + cumulativeK[level] + (rest - cumulativeBlocks[level]) * levelK[level];
    }

    /**
     * Max BDM of n blocks of this shape (formalism §3): blocks assigned to distinct blocks in decreasing order of K,
     * cycling only when every block of the shape is used; then each of the {@code codes} blocks occurs n/codes
     * times, the first n mod codes once more.
     */
    public double maxBdm(long n) {
        if (n <= codes) {
            return largestSum(n);
        }
        long q = n / codes;
        long r = n % codes;
        return largestSum(codes) + r * log2(q + 1) + (codes - r) * log2(q);
    }

    /** Min BDM of n blocks of this shape: one least complex block n times. */
    public double minBdm(long n) {
        return n == 0 ? 0 : minK + log2(n);
    }

    private static double log2(long n) {
        return BlockCounter.log2(n);
    }
}
