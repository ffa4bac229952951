package org.ait.collapse.generators;

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
        for (int i = 0; i < data.size(); i++) {
            if (data.length(i) != width * steps) {
                continue;
            }
            byte[] s = data.item(i);
            for (int t = 0; t + 1 < steps; t++) {
                int row = t * width;
                for (int x = 0; x < width; x++) {
                    int l = s[row + (x + width - 1) % width];
                    int c = s[row + x];
                    int r = s[row + (x + 1) % width];
                    int below = s[row + width + x];
                    counts[(l << 3 | c << 2 | r << 1 | below)]++;
                }
            }
        }
    }

    @Override
    public int support(Strings data) {
        java.util.Set<String> rows = new java.util.HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            byte[] s = data.item(i);
            for (int t = 0; t + width <= s.length; t += width) {
                rows.add(java.util.Arrays.toString(java.util.Arrays.copyOfRange(s, t, t + width)));
            }
        }
        return rows.size();
    }

    @Override
    public String describe() {
        return "16 space-time patterns (left, centre, right, cell below); support = distinct rows";
    }
}
