package org.ait.collapse.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.CtmValues;
import org.ait.bdm.Partition;
import org.ait.collapse.Dataset;
import org.ait.collapse.Generator;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.View;
import org.ait.collapse.data.Symbols;
import org.ait.ctm.TableCatalog;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Computes one generation's {@link Row}. The evaluation sample (n items from the model, drawn from the run's
 * evaluation stream, so measuring never changes the training stream) stands in for the model's distribution where the
 * model does not give it in closed form.
 *
 * @param <D> the data type
 */
public final class Metrics<D extends Dataset<D>> {

    private final Generator<D> truth;
    private final Learner<D> learner;
    private final double[] truthPmf;
    private final D heldOut;
    private final boolean bdm;
    private final double[] truthMoments;

    /**
     * @param heldOut a real sample kept out of training, for the cross-entropy
     * @param bdm     whether to compute BDM per symbol (the data must be binary)
     */
    public Metrics(Generator<D> truth, Learner<D> learner, D heldOut, boolean bdm) {
        this.truth = truth;
        this.learner = learner;
        this.truthPmf = truth.pmf();
        this.heldOut = heldOut;
        this.bdm = bdm;
        this.truthMoments = truth.moments();
    }

    /** The fields of a row that identify the run. */
    public record Labels(String generator, String learner, String mode, String alpha, long seed) {
    }

    public Row row(Labels labels, int generation, double alphaT, int nReal, D train, Model<D> model, int evalSize,
            UniformRandomProvider evalRng) {
        View<D> view = truth.view();
        int k = view.categories();
        double[] q = model.pmf(view);
        boolean symbols = truth.dataType() == Symbols.class;
        D eval = q == null || !symbols ? model.sample(evalSize, evalRng) : null;
        double entropy;
        double collision;
        double support;
        double[] qForDivergence;
        double[] qSmoothed;
        if (q != null) {
            entropy = Divergences.entropy(q);
            collision = Divergences.collision(q);
            qForDivergence = q;
            qSmoothed = Divergences.smoothed(q);
        } else {
            long[] c = new long[k];
            view.count(eval, c);
            qForDivergence = Divergences.frequencies(c);
            entropy = Divergences.entropy(qForDivergence);
            collision = Divergences.collisionUnbiased(c);
            qSmoothed = Divergences.smoothed(c);
        }
        if (q != null && symbols) {
            int s = 0;
            for (double v : q) {
                if (v > 0) {
                    s++;
                }
            }
            support = s;
        } else {
            support = view.support(eval);
        }
        long[] trainCounts = new long[k];
        view.count(train, trainCounts);
        double sampleEntropy = Divergences.entropy(Divergences.frequencies(trainCounts));
        double sampleMm = Divergences.millerMadow(trainCounts);
        double tv = Divergences.totalVariation(truthPmf, qForDivergence);
        double js = Divergences.jensenShannon(truthPmf, qForDivergence);
        double kl = Divergences.kl(truthPmf, qSmoothed);
        double mean = Double.NaN;
        double logVar = Double.NaN;
        double meanDrift = Double.NaN;
        double logVarDrift = Double.NaN;
        double[] mom = model.moments();
        if (mom != null) {
            mean = mom[0];
            logVar = Math.log(mom[1]);
            if (truthMoments != null) {
                meanDrift = mean - truthMoments[0];
                logVarDrift = logVar - Math.log(truthMoments[1]);
            }
        }
        double tail = Double.NaN;
        boolean[] tailCats = view.tail();
        if (tailCats != null) {
            tail = 0;
            for (int i = 0; i < k; i++) {
                if (tailCats[i]) {
                    tail += qForDivergence[i];
                }
            }
        }
        double crossEntropy = Double.NaN;
        if (heldOut != null) {
            double ll = model.logLikelihoodBits(heldOut);
            crossEntropy = Double.isNaN(ll) ? Double.NaN : -ll / heldOut.size();
        }
        double bdmPerSymbol = Double.NaN;
        if (bdm) {
            byte[] bits = train.binarySymbols();
            if (bits != null && bits.length >= 12) {
                bdmPerSymbol = Bdm.SCORER.bdm(bits) / bits.length;
            }
        }
        Integer recovered = null;
        double agreement = Double.NaN;
        String description = "";
        if (learner.symbolic()) {
            Model.Recovery r = model.recovery(truth, evalRng);
            if (r != null) {
                recovered = r.exact() ? 1 : 0;
                agreement = r.agreement();
            }
            description = model.describe();
        }
        return new Row(labels.generator(), labels.learner(), labels.mode(), labels.alpha(), labels.seed(), generation,
                alphaT, nReal, train.size(), entropy, model.entropyBits(), collision, support, sampleEntropy, sampleMm,
                tv, js, kl, mean, logVar, meanDrift, logVarDrift, tail, crossEntropy, bdmPerSymbol,
                deflateRatio(train.bytes()), recovered, agreement, description);
    }

    /** DEFLATE (level 9) compressed size over raw size. */
    public static double deflateRatio(byte[] raw) {
        if (raw.length == 0) {
            return Double.NaN;
        }
        Deflater d = new Deflater(9);
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[raw.length + 64];
        int n = 0;
        while (!d.finished()) {
            n += d.deflate(buf);
        }
        d.end();
        return n / (double) raw.length;
    }

    /** The BDM scorer: D(5), blocks of 12, recursive partition down to single symbols. */
    static final class Bdm {
        static final BdmScorer SCORER;

        static {
            try {
                SCORER = BdmScorer.builder(CtmValues.of(TableCatalog.load("ctm-1d-s5-k2", 12))).block(12)
                        .partition(Partition.RECURSIVE).minLength(1).build();
            } catch (IOException e) {
                throw new UncheckedIOException("BDM per symbol needs the table ctm-1d-s5-k2", e);
            }
        }
    }
}
