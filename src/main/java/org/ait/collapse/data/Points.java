package org.ait.collapse.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.ait.collapse.Dataset;

/** Items that are (x, y) points, as a law y = f(x) + noise produces them. */
public final class Points implements Dataset<Points> {

    private final double[] x;
    private final double[] y;

    public Points(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public Points concat(Points other) {
        double[] ax = Arrays.copyOf(x, x.length + other.x.length);
        double[] ay = Arrays.copyOf(y, y.length + other.y.length);
        System.arraycopy(other.x, 0, ax, x.length, other.x.length);
        System.arraycopy(other.y, 0, ay, y.length, other.y.length);
        return new Points(ax, ay);
    }

    @Override
    public Points select(int[] indices) {
        double[] ox = new double[indices.length];
        double[] oy = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            ox[i] = x[indices[i]];
            oy[i] = y[indices[i]];
        }
        return new Points(ox, oy);
    }

    @Override
    public byte[] bytes() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            s.append(String.format(Locale.ROOT, "%.4g,%.4g%n", x[i], y[i]));
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
