package org.ait.collapse.metrics;

import java.util.List;

/**
 * One generation of one run: a row of metrics.csv. Doubles are NaN where a metric does not apply (written as an
 * empty cell); {@code mechanismRecovered} is null for distributional learners.
 *
 * @param entropy           Shannon entropy (bits) of the model's distribution on the view: exact where the model
 *                          gives its distribution, else the plug-in estimate from an evaluation sample of n items
 * @param modelEntropy      the model's own entropy where it has one in closed form (Shannon, differential, or the
 *                          entropy rate per symbol of a Markov chain), bits
 * @param collision         sum of squared category probabilities on the view (exact, or the unbiased estimate
 *                          from the evaluation sample)
 * @param support           categories of positive probability (symbols), else distinct items (or occupied bins)
 *                          of the evaluation sample
 * @param sampleEntropy     plug-in entropy of the training data on the view, bits
 * @param sampleEntropyMm   Miller-Madow corrected entropy of the training data, bits
 * @param klToTruth         KL(truth || model) in bits, the model smoothed: (1 - 1e-6) q + 1e-6 / K for an exact
 *                          distribution, add-1/2 counts for an evaluation sample
 * @param crossEntropy      -log2 q of a held-out real sample, bits per item (may be infinite)
 * @param bdmPerSymbol      BDM (D(5), blocks of 12, recursive partition) of the training data's binary symbols,
 *                          bits per symbol
 * @param deflateRatio      DEFLATE-compressed size / raw size of the training data as text
 * @param behaviourAgreement fraction of fresh inputs on which a symbolic model's output equals the truth's
 */
public record Row(String generator, String learner, String mode, String alpha, long seed, int generation,
        double alphaT, int nReal, int nTrain, double entropy, double modelEntropy, double collision, double support,
        double sampleEntropy, double sampleEntropyMm, double tvToTruth, double jsToTruth, double klToTruth,
        double mean, double logVariance, double meanDrift, double logVarianceDrift, double tailMass,
        double crossEntropy, double bdmPerSymbol, double deflateRatio, Integer mechanismRecovered,
        double behaviourAgreement, String model) {

    /** The CSV header, in field order. */
    public static final List<String> COLUMNS = List.of("generator", "learner", "mode", "alpha", "seed", "generation",
            "alpha_t", "n_real", "n_train", "entropy", "model_entropy", "collision", "support", "sample_entropy",
            "sample_entropy_mm", "tv_to_truth", "js_to_truth", "kl_to_truth", "mean", "log_variance", "mean_drift",
            "log_variance_drift", "tail_mass", "cross_entropy", "bdm_per_symbol", "deflate_ratio",
            "mechanism_recovered", "behaviour_agreement", "model");

    /** The configuration this row belongs to, as one string. */
    public String configuration() {
        return generator + " | " + learner + " | " + mode + " | " + alpha;
    }

    /** A numeric column by its CSV name (NaN when empty or not numeric). */
    public double value(String column) {
        return switch (column) {
            case "seed" -> seed;
            case "generation" -> generation;
            case "alpha_t" -> alphaT;
            case "n_real" -> nReal;
            case "n_train" -> nTrain;
            case "entropy" -> entropy;
            case "model_entropy" -> modelEntropy;
            case "collision" -> collision;
            case "support" -> support;
            case "sample_entropy" -> sampleEntropy;
            case "sample_entropy_mm" -> sampleEntropyMm;
            case "tv_to_truth" -> tvToTruth;
            case "js_to_truth" -> jsToTruth;
            case "kl_to_truth" -> klToTruth;
            case "mean" -> mean;
            case "log_variance" -> logVariance;
            case "mean_drift" -> meanDrift;
            case "log_variance_drift" -> logVarianceDrift;
            case "tail_mass" -> tailMass;
            case "cross_entropy" -> crossEntropy;
            case "bdm_per_symbol" -> bdmPerSymbol;
            case "deflate_ratio" -> deflateRatio;
            case "mechanism_recovered" -> mechanismRecovered == null ? Double.NaN : mechanismRecovered;
            case "behaviour_agreement" -> behaviourAgreement;
            default -> throw new IllegalArgumentException("no numeric column '" + column + "'");
        };
    }
}
