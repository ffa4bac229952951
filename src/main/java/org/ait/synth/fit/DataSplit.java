package org.ait.synth.fit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Rows split at random into training and test rows: a seeded permutation of the rows, the first
 * {@code round(n (1 - testFraction))} for training. Columns are {@code [variable][row]}; weights may be null.
 *
 * @param train   inputs of the training rows
 * @param yTrain  target of the training rows
 * @param wTrain  weights of the training rows, or null
 * @param test    inputs of the test rows (no rows when testFraction is 0)
 * @param yTest   target of the test rows
 * @param wTest   weights of the test rows, or null
 */
public record DataSplit(double[][] train, double[] yTrain, double[] wTrain, double[][] test, double[] yTest,
        double[] wTest) {

    /** Training rows given a test fraction in [0, 1). */
    public static int trainingRows(int n, double testFraction) {
        return testFraction == 0 ? n : (int) Math.round(n * (1 - testFraction));
    }

    /**
     * @param inputs  {@code inputs[i][r]}: variable i at row r
     * @param y       the target by row
     * @param weights by row, or null
     */
    public static DataSplit of(double[][] inputs, double[] y, double[] weights, double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
        int n = y.length;
        int nTrain = trainingRows(n, testFraction);
        int[] order = permutation(n, seed);
        double[][] train = new double[inputs.length][nTrain];
        double[][] test = new double[inputs.length][n - nTrain];
        double[] yTrain = new double[nTrain];
        double[] yTest = new double[n - nTrain];
        double[] wTrain = weights == null ? null : new double[nTrain];
        double[] wTest = weights == null ? null : new double[n - nTrain];
        for (int i = 0; i < n; i++) {
            int r = order[i];
            boolean training = i < nTrain;
            int at = training ? i : i - nTrain;
            for (int v = 0; v < inputs.length; v++) {
                (training ? train : test)[v][at] = inputs[v][r];
            }
            (training ? yTrain : yTest)[at] = y[r];
            if (weights != null) {
                (training ? wTrain : wTest)[at] = weights[r];
            }
        }
        return new DataSplit(train, yTrain, wTrain, test, yTest, wTest);
    }

    /** The rows of {@link #of}'s training part, in its order: per-row data that travels with them (precisions). */
    public static int[] trainingRows(int n, double testFraction, long seed) {
        return java.util.Arrays.copyOf(permutation(n, seed), trainingRows(n, testFraction));
    }

    /** The columns' entries at the given rows, in that order. */
    public static double[][] rows(double[][] columns, int[] rows) {
        double[][] out = new double[columns.length][rows.length];
        for (int c = 0; c < columns.length; c++) {
            for (int i = 0; i < rows.length; i++) {
                out[c][i] = columns[c][rows[i]];
            }
        }
        return out;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates), the same for the same seed. */
    static int[] permutation(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, 0x5EED});
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int s = order[i];
            order[i] = order[j];
            order[j] = s;
        }
        return order;
    }
}
