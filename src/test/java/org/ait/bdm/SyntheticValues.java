package org.ait.bdm;

import java.util.HashMap;
import java.util.Map;
import org.ait.bdm.internal.BlockCodes;

/**
 * Made-up CTM values for testing the scorer's bookkeeping where no real table exists yet (2D with rectangular
 * blocks, k symbols): a value per pattern from a hash, optionally leaving some patterns without a value.
 */
final class SyntheticValues {

    private SyntheticValues() {
    }

    /**
     * @param transposeSymmetric give a block and its transpose the same value (then BDM is transpose-invariant)
     * @param missingEvery       leave every n-th pattern (by hash) without a value; 0 for none
     */
    static CtmValues of(int k, int dims, int maxRows, int maxCols, boolean transposeSymmetric, int missingEvery) {
        Map<String, Double> values = new HashMap<>();
        for (int r = 1; r <= maxRows; r++) {
            for (int c = 1; c <= maxCols; c++) {
                int cells = r * c;
                long n = BlockCodes.codeCount(k, cells);
                if (n < 0 || n > 1 << 18) {
                    continue;
                }
                byte[] d = new byte[cells];
                for (long code = 0; code < n; code++) {
                    BlockCodes.digits(code, cells, k, d);
                    long key = BlockCodes.canonical(code, cells, k);
                    if (transposeSymmetric) {
                        byte[] t = new byte[cells];
                        for (int i = 0; i < r; i++) {
                            for (int j = 0; j < c; j++) {
                                t[j * r + i] = d[i * c + j];
                            }
                        }
                        long tk = BlockCodes.canonical(BlockCodes.code(t, 0, cells, k), cells, k);
                        // Same shape family for RxC and CxR: key on the smaller canonical code and the cell count.
                        key = Math.min(key, tk);
                    }
                    long h = (key * 0x9E3779B97F4A7C15L + cells * 31L) >>> 40;
                    if (missingEvery > 0 && h % missingEvery == 0 && cells > 1) {
                        continue;
                    }
                    double v = 1 + cells + (h % 1000) / 250.0;
                    values.put(text(d, r, c, dims), v);
                }
            }
        }
        return CtmValues.of("synthetic", k, dims, values);
    }

    private static String text(byte[] d, int r, int c, int dims) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r; i++) {
            if (i > 0 && dims == 2) {
                sb.append('-');
            }
            for (int j = 0; j < c; j++) {
                sb.append(Character.forDigit(d[i * c + j], 16));
            }
        }
        return sb.toString();
    }
}
