package org.ait.collapse.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.ait.collapse.Dataset;

/** Items that are real numbers. */
public final class Reals implements Dataset<Reals> {

    private final double[] values;

    public Reals(double[] values) {
        this.values = values.clone();
    }

    public double value(int i) {
        return values[i];
    }

    public double[] values() {
        return values.clone();
    }

    /** The mean (NaN when empty). */
    public double mean() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** Sum of squared deviations from the mean. */
    public double sumSquares() {
        double m = mean();
        double s = 0;
        for (double v : values) {
            s += (v - m) * (v - m);
        }
        return s;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Reals concat(Reals other) {
        double[] all = Arrays.copyOf(values, values.length + other.values.length);
        System.arraycopy(other.values, 0, all, values.length, other.values.length);
        return new Reals(all);
    }

    @Override
    public Reals select(int[] indices) {
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return new Reals(out);
    }

    @Override
    public byte[] bytes() {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(String.format(Locale.ROOT, "%.4g", v)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
