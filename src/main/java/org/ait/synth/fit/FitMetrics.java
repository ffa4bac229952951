package org.ait.synth.fit;

/** How well a model predicts held-out rows. */
public final class FitMetrics {

    private FitMetrics() {
    }

    /** A model's predictions at every row of {@code columns} ({@code [variable][row]}). */
    public static double[] predict(SymbolicRegression.Model m, double[][] columns, int rows) {
        double[] p = new double[rows];
        m.structure().evaluate(columns, m.params(), p);
        return p;
    }

    /**
     * Coefficient of determination 1 - SSR/SST, weighted when weights are given (null: equal); NaN when the target
     * is constant (SST = 0) or a prediction is not finite.
     */
    public static double r2(SymbolicRegression.Model m, double[][] columns, double[] y, double[] weights) {
        double[] p = predict(m, columns, y.length);
        double sw = 0;
        double mean = 0;
        for (int i = 0; i < p.length; i++) {
            double wi = weights == null ? 1 : weights[i];
            sw += wi;
            mean += wi * y[i];
        }
        mean /= sw;
        double ssr = 0;
        double sst = 0;
        for (int i = 0; i < p.length; i++) {
            double wi = weights == null ? 1 : weights[i];
            ssr += wi * (y[i] - p[i]) * (y[i] - p[i]);
            sst += wi * (y[i] - mean) * (y[i] - mean);
        }
        return sst == 0 ? Double.NaN : 1 - ssr / sst;
    }
}
