package org.ait.collapse.generators;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.ait.collapse.View;
import org.ait.collapse.data.Strings;

/**
 * Space-time diagrams (items of {@code steps} rows of {@code width} cells, row after row) seen through their 16
 * space-time patterns: a cell's left, own and right neighbours and the cell below it (ring boundary). A deterministic
 * rule puts all mass on 8 of the 16; the support is the number of distinct rows (of any step) in the sample.
 */
public final class EcaView implements View<Strings> {

    private final int width;
    private final int steps;

    public EcaView(int width, int steps) {
        this.width = width;
        this.steps = steps;
    }

    @Override
    public int categories() {
        return 16;
    }

    @Override
    public void count(Strings data, long[] counts) {
        int[] left = new int[width];
        int[] right = new int[width];
        for (int x = 0; x < width; x++) {
            left[x] = (x + width - 1) % width;
            right[x] = (x + 1) % width;
        }
        for (int i = 0; i < data.size(); i++) {
            if (data.length(i) != width * steps) {
                continue;
            }
            byte[] s = data.item(i);
            for (int row = 0; row + width < s.length; row += width) {
                for (int x = 0; x < width; x++) {
                    counts[s[row + left[x]] << 3 | s[row + x] << 2 | s[row + right[x]] << 1 | s[row + width + x]]++;
                }
            }
        }
    }

    @Override
    public int support(Strings data) {
        // Rows of at most 64 cells, packed in a long (a width the generator allows only up to 64).
        LongOpenHashSet rows = new LongOpenHashSet(data.size() * steps);
        for (int i = 0; i < data.size(); i++) {
            byte[] s = data.item(i);
            for (int t = 0; t + width <= s.length; t += width) {
                long row = 0;
                for (int x = 0; x < width; x++) {
                    row = row << 1 | s[t + x];
                }
                rows.add(row);
            }
        }
        return rows.size();
    }

    /**
     * n diagrams and at least 500: 72,000 patterns over the 16 categories, and 5,000 rows, enough for the number of
     * distinct rows to show a model concentrating (with 200 diagrams it saturates near 2,000).
     */
    @Override
    public int evaluationSize(int n) {
        return Math.max(n, 500);
    }

    @Override
    public String describe() {
        return "16 space-time patterns (left, centre, right, cell below); support = distinct rows";
    }
}
