package org.ait.collapse.generators;

import org.ait.collapse.Generator;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Symbols;
import org.apache.commons.rng.UniformRandomProvider;

/** Independent symbols from a fixed categorical distribution: uniform over K, or Zipf with exponent s. */
public final class CategoricalGenerator implements Generator<Symbols> {

    private final String spec;
    private final double[] pmf;
    private final double[] cumulative;
    private final SymbolView view;

    private CategoricalGenerator(String spec, double[] pmf, boolean[] tail) {
        this.spec = spec;
        this.pmf = pmf.clone();
        this.cumulative = Sampling.cumulative(pmf);
        this.view = new SymbolView(pmf.length, tail);
    }

    /** Uniform over k symbols ({@code categorical:K}). */
    public static CategoricalGenerator uniform(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("categorical:K needs K >= 2, got " + k);
        }
        double[] p = new double[k];
        java.util.Arrays.fill(p, 1.0 / k);
        return new CategoricalGenerator("categorical:" + k, p, null);
    }

    /**
     * Zipf over k symbols, p_i proportional to (i + 1)^-s ({@code zipf:K:S}); the tail is the upper half of the ranks.
     */
    public static CategoricalGenerator zipf(int k, double s) {
        if (k < 2 || !(s > 0)) {
            throw new IllegalArgumentException("zipf:K:S needs K >= 2 and S > 0, got " + k + " and " + s);
        }
        double[] p = new double[k];
        double z = 0;
        for (int i = 0; i < k; i++) {
            p[i] = Math.pow(i + 1, -s);
            z += p[i];
        }
        boolean[] tail = new boolean[k];
        for (int i = 0; i < k; i++) {
            p[i] /= z;
            tail[i] = i >= (k + 1) / 2;
        }
        return new CategoricalGenerator("zipf:" + k + ":" + trim(s), p, tail);
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public Class<Symbols> dataType() {
        return Symbols.class;
    }

    @Override
    public Symbols sample(int n, UniformRandomProvider rng) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = Sampling.categorical(cumulative, rng);
        }
        return new Symbols(pmf.length, v);
    }

    @Override
    public View<Symbols> view() {
        return view;
    }

    @Override
    public double[] pmf() {
        return pmf.clone();
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public double logLikelihoodBits(Symbols data) {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            s += Math.log(pmf[data.value(i)]);
        }
        return s / Math.log(2);
    }
}
