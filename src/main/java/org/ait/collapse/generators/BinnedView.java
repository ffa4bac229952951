package org.ait.collapse.generators;

import java.util.function.DoubleUnaryOperator;
import org.ait.collapse.Dataset;
import org.ait.collapse.View;

/**
 * Real values (or a real function of each item, such as a standardised residual) seen in bins: 40 bins of width
 * 0.2 scale from centre - 4 scale to centre + 4 scale, and two outer bins beyond; the tail is everything beyond
 * 3 scale from the centre. Distributions with a distribution function have an exact pmf here ({@link #pmf}).
 *
 * @param <D> the data type
 */
public final class BinnedView<D extends Dataset<D>> implements View<D> {

    /** Bins inside +-4 scale. */
    public static final int INNER = 40;

    private final double centre;
    private final double scale;
    private final ItemValues<D> values;
    private final String what;

    /** The values of a sample's items. */
    @FunctionalInterface
    public interface ItemValues<D> {
        void forEach(D data, java.util.function.DoubleConsumer sink);
    }

    public BinnedView(double centre, double scale, ItemValues<D> values, String what) {
        this.centre = centre;
        this.scale = scale;
        this.values = values;
        this.what = what;
    }

    @Override
    public int categories() {
        return INNER + 2;
    }

    /** The bin of a value: 0 below centre - 4 scale, INNER + 1 above centre + 4 scale. */
    public int bin(double v) {
        double z = (v - centre) / scale;
        if (!(z >= -4)) {
            return z < -4 ? 0 : INNER + 1; // NaN counts in the top outer bin
        }
        if (z >= 4) {
            return INNER + 1;
        }
        return 1 + Math.min(INNER - 1, (int) Math.floor((z + 4) / 0.2));
    }

    @Override
    public void count(D data, long[] counts) {
        values.forEach(data, v -> counts[bin(v)]++);
    }

    /** The exact pmf of a distribution with distribution function {@code cdf} (of the viewed value). */
    public double[] pmf(DoubleUnaryOperator cdf) {
        double[] p = new double[INNER + 2];
        double prev = 0;
        for (int b = 0; b <= INNER; b++) {
            double edge = cdf.applyAsDouble(centre + scale * (-4 + 0.2 * b));
            p[b] = Math.max(0, edge - prev);
            prev = edge;
        }
        p[INNER + 1] = Math.max(0, 1 - prev);
        return p;
    }

    @Override
    public boolean[] tail() {
        boolean[] t = new boolean[INNER + 2];
        for (int b = 0; b < t.length; b++) {
            // inner bin b covers z in [-4 + 0.2 (b - 1), -4 + 0.2 b)
            t[b] = b <= 5 || b >= INNER - 4;
        }
        return t;
    }

    public double centre() {
        return centre;
    }

    public double scale() {
        return scale;
    }

    @Override
    public String describe() {
        return what + " in 42 bins (width 0.2 sd within +-4 sd of the truth's mean, two outer bins)";
    }

    /** A view of the values of a {@link org.ait.collapse.data.Reals} sample. */
    public static BinnedView<org.ait.collapse.data.Reals> ofReals(double centre, double scale) {
        return new BinnedView<>(centre, scale, (d, sink) -> {
            for (int i = 0; i < d.size(); i++) {
                sink.accept(d.value(i));
            }
        }, "values");
    }
}
