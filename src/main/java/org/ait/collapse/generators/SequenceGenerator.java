package org.ait.collapse.generators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ait.collapse.Generator;
import org.ait.collapse.View;
import org.ait.collapse.data.Sequences;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Integer sequences from a named linear recurrence a(n) = c_1 a(n-1) + ... + c_d a(n-d) with independent uniform
 * initial terms in 0..9 ({@code sequence:NAME}: {@code fibonacci}, {@code pell}, {@code jacobsthal},
 * {@code tribonacci}); an item is the first {@value #LENGTH} terms. The truth is exact: uniform over the 10^d items.
 */
public final class SequenceGenerator implements Generator<Sequences> {

    public static final int LENGTH = 10;
    public static final int DIGITS = 10;

    private static final Map<String, long[]> NAMED = Map.of("fibonacci", new long[] {1, 1}, "pell", new long[] {2, 1},
            "jacobsthal", new long[] {1, 2}, "tribonacci", new long[] {1, 1, 1});

    private final String name;
    private final long[] coefficients;
    private final View<Sequences> view;

    public SequenceGenerator(String name) {
        long[] c = NAMED.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown sequence '" + name + "' (known: fibonacci, jacobsthal, pell,"
                    + " tribonacci)");
        }
        this.name = name;
        this.coefficients = c;
        this.view = new SequenceView();
    }

    public long[] coefficients() {
        return coefficients.clone();
    }

    public int order() {
        return coefficients.length;
    }

    /** The first {@code length} terms of a recurrence from its initial terms. */
    public static long[] terms(long[] coefficients, long[] init, int length) {
        long[] a = Arrays.copyOf(init, length);
        for (int n = init.length; n < length; n++) {
            long v = 0;
            for (int i = 0; i < coefficients.length; i++) {
                v = Math.addExact(v, Math.multiplyExact(coefficients[i], a[n - 1 - i]));
            }
            a[n] = v;
        }
        return a;
    }

    @Override
    public String spec() {
        return "sequence:" + name;
    }

    @Override
    public Class<Sequences> dataType() {
        return Sequences.class;
    }

    @Override
    public Sequences sample(int n, UniformRandomProvider rng) {
        List<long[]> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] init = new long[coefficients.length];
            for (int j = 0; j < init.length; j++) {
                init[j] = rng.nextInt(DIGITS);
            }
            items.add(terms(coefficients, init, LENGTH));
        }
        return new Sequences(items);
    }

    @Override
    public View<Sequences> view() {
        return view;
    }

    @Override
    public double[] pmf() {
        double[] p = new double[view.categories()];
        Arrays.fill(p, 0, p.length - 1, 1.0 / (p.length - 1));
        return p;
    }

    @Override
    public boolean exact() {
        return true;
    }

    /** Items seen as their initial terms when they follow the true recurrence, one more category otherwise. */
    private final class SequenceView implements View<Sequences> {
        @Override
        public int categories() {
            return (int) Math.pow(DIGITS, coefficients.length) + 1;
        }

        int category(long[] item) {
            int invalid = categories() - 1;
            if (item.length != LENGTH) {
                return invalid;
            }
            int v = 0;
            for (int j = 0; j < coefficients.length; j++) {
                if (item[j] < 0 || item[j] >= DIGITS) {
                    return invalid;
                }
                v = v * DIGITS + (int) item[j];
            }
            try {
                return Arrays.equals(item, terms(coefficients, Arrays.copyOf(item, coefficients.length), LENGTH)) ? v
                        : invalid;
            } catch (ArithmeticException e) {
                return invalid;
            }
        }

        @Override
        public void count(Sequences data, long[] counts) {
            for (int i = 0; i < data.size(); i++) {
                counts[category(data.item(i))]++;
            }
        }

        @Override
        public int support(Sequences data) {
            return data.distinct();
        }

        @Override
        public String describe() {
            return "the initial terms of each item that follows the true recurrence (" + (categories() - 1)
                    + " categories), one category for every other item; support = distinct items";
        }
    }
}
