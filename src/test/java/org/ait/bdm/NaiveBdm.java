package org.ait.bdm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately plain BDM for tests: blocks as strings, a hash map of multiplicities, values looked up one
 * string at a time, bounds from every block of a shape listed and sorted. Shares no code with the scorer's
 * tiling, counting or bounds.
 */
final class NaiveBdm {

    final CtmValues values;
    final int dims;
    final int R;
    final int C;
    final Partition partition;
    final int shift;
    final int minLength;

    NaiveBdm(CtmValues values, int dims, int R, int C, Partition partition, int shift, int minLength) {
        this.values = values;
        this.dims = dims;
        this.R = R;
        this.C = C;
        this.partition = partition;
        this.shift = shift;
        this.minLength = minLength;
    }

    static NaiveBdm of(BdmScorer s) {
        return new NaiveBdm(s.values(), s.dimensions(), s.block().rows(), s.block().cols(), s.partition(), s.shift(),
                s.minLength());
    }

    /** Blocks as "RxC:cells" strings. */
    List<String> blocks(SymbolGrid g) {
        List<String> out = new ArrayList<>();
        switch (partition) {
            case IGNORE -> {
                for (int r = 0; r + R <= g.rows(); r += R) {
                    for (int c = 0; c + C <= g.cols(); c += C) {
                        out.add(block(g, r, c, R, C));
                    }
                }
            }
            case CORRELATED -> {
                for (int r = 0; r + R <= g.rows(); r += shift) {
                    for (int c = 0; c + C <= g.cols(); c += shift) {
                        out.add(block(g, r, c, R, C));
                    }
                }
            }
            case PERIODIC -> {
                for (int r = 0; r < g.rows(); r += R) {
                    for (int c = 0; c < g.cols(); c += C) {
                        out.add(block(g, r, c, R, C));
                    }
                }
            }
            case RECURSIVE -> recursive(g, 0, 0, g.rows(), g.cols(), R, C, out);
            default -> throw new IllegalStateException();
        }
        return out;
    }

    private void recursive(SymbolGrid g, int r0, int c0, int h, int w, int bR, int bC, List<String> out) {
        // Slice into parts of bR x bC, partial parts included, like the reference implementation.
        for (int r = r0; r < r0 + h; r += bR) {
            for (int c = c0; c < c0 + w; c += bC) {
                int ph = Math.min(bR, r0 + h - r);
                int pw = Math.min(bC, c0 + w - c);
                if (ph == bR && pw == bC) {
                    out.add(block(g, r, c, bR, bC));
                    continue;
                }
                if (dims == 1) {
                    if (pw >= minLength) {
                        out.add(block(g, r, c, 1, pw));
                    }
                    continue;
                }
                int m = Math.min(ph, pw);
                if (m < minLength) {
                    continue;
                }
                if (values.has(new BlockShape(ph, pw))) {
                    recursive(g, r, c, ph, pw, ph, pw, out);
                } else {
                    recursive(g, r, c, ph, pw, m, m, out);
                }
            }
        }
    }

    private static String block(SymbolGrid g, int r, int c, int h, int w) {
        StringBuilder sb = new StringBuilder(h + "x" + w + ":");
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                sb.append(Character.forDigit(g.get((r + i) % g.rows(), (c + j) % g.cols()), 16));
            }
        }
        return sb.toString();
    }

    private static BlockShape shapeOf(String block) {
        String[] hw = block.substring(0, block.indexOf(':')).split("x");
        return new BlockShape(Integer.parseInt(hw[0]), Integer.parseInt(hw[1]));
    }

    private long code(String block) {
        String cells = block.substring(block.indexOf(':') + 1);
        return new BigInteger(cells.isEmpty() ? "0" : cells, values.symbols()).longValueExact();
    }

    /** Every block of a shape's K (missing ones at max + 1), largest first. */
    private List<Double> allValues(BlockShape s) {
        int k = values.symbols();
        long n = BigInteger.valueOf(k).pow(s.cells()).longValueExact();
        List<Double> v = new ArrayList<>();
        double max = Double.NEGATIVE_INFINITY;
        for (long c = 0; c < n; c++) {
            double x = values.complexity(s, c);
            v.add(x);
            if (!Double.isNaN(x)) {
                max = Math.max(max, x);
            }
        }
        for (int i = 0; i < v.size(); i++) {
            if (Double.isNaN(v.get(i))) {
                v.set(i, max + 1);
            }
        }
        v.sort(Collections.reverseOrder());
        return v;
    }

    private double k(String block, Map<BlockShape, List<Double>> cache) {
        BlockShape s = shapeOf(block);
        double x = values.complexity(s, code(block));
        if (Double.isNaN(x)) {
            return cache.computeIfAbsent(s, this::allValues).get(0);
        }
        return x;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    BdmResult score(SymbolGrid g) {
        List<String> blocks = blocks(g);
        Map<String, Integer> counts = new HashMap<>();
        for (String b : blocks) {
            counts.merge(b, 1, Integer::sum);
        }
        Map<BlockShape, List<Double>> cache = new HashMap<>();
        double bdm = 0;
        double entropy = 0;
        long missing = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            bdm += k(e.getKey(), cache) + log2(e.getValue());
            double p = (double) e.getValue() / blocks.size();
            entropy -= p * log2(p);
            if (Double.isNaN(values.complexity(shapeOf(e.getKey()), code(e.getKey())))) {
                missing += e.getValue();
            }
        }
        // Bounds per shape.
        Map<BlockShape, Integer> perShape = new HashMap<>();
        for (String b : blocks) {
            perShape.merge(shapeOf(b), 1, Integer::sum);
        }
        double min = 0;
        double max = 0;
        List<Integer> minCounts = new ArrayList<>();
        List<Integer> maxCounts = new ArrayList<>();
        for (Map.Entry<BlockShape, Integer> e : perShape.entrySet()) {
            List<Double> all = cache.computeIfAbsent(e.getKey(), this::allValues);
            int n = e.getValue();
            min += all.get(all.size() - 1) + log2(n);
            int[] mult = new int[all.size()];
            for (int i = 0; i < n; i++) {
                mult[i % all.size()]++; // cycle through the blocks in decreasing order of K
            }
            for (int i = 0; i < all.size(); i++) {
                if (mult[i] > 0) {
                    max += all.get(i) + log2(mult[i]);
                    maxCounts.add(mult[i]);
                }
            }
            minCounts.add(n);
        }
        double nb = blocks.size();
        return new BdmResult(bdm, norm(bdm, min, max), min, max, entropy,
                norm(entropy, entropyOf(minCounts, nb), entropyOf(maxCounts, nb)), blocks.size(), counts.size(),
                missing, -1);
    }

    private static double entropyOf(List<Integer> counts, double n) {
        double h = 0;
        for (int c : counts) {
            h -= c / n * log2(c / n);
        }
        return h;
    }

    private static double norm(double v, double min, double max) {
        return max - min > 1e-12 ? (v - min) / (max - min) : 0;
    }
}
