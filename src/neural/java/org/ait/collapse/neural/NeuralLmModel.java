package org.ait.collapse.neural;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.collapse.Sampling;
import org.ait.collapse.data.Strings;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A trained LSTM language model: it writes strings symbol by symbol (the engine predicts, the run's stream draws) and
 * scores strings by their log-probability. It holds native memory until {@link #close}d (the loop closes it).
 */
final class NeuralLmModel implements org.ait.collapse.Model<Strings>, AutoCloseable {

    /** Extra symbols a string of varying length may run beyond the longest training string. */
    static final int SLACK = 8;

    private final Model model;
    private final Trainer trainer;
    private final Vocabulary v;
    private final float trainingLoss;

    NeuralLmModel(Model model, Trainer trainer, Vocabulary v, float trainingLoss) {
        this.model = model;
        this.trainer = trainer;
        this.v = v;
        this.trainingLoss = trainingLoss;
    }

    @Override
    public Strings sample(int n, UniformRandomProvider rng) {
        List<byte[]> items = new ArrayList<>(n);
        if (n == 0) {
            return new Strings(v.alphabet(), items);
        }
        int length = v.fixedLength() >= 0 ? v.fixedLength() : v.maxLength() + SLACK;
        byte[][] buf = new byte[n][length];
        int[] len = new int[n];
        EngineThread.call(() -> {
            boolean[] ended = new boolean[n];
            double[] probs = new double[v.outputs()];
            try (NDManager m = trainer.getManager().newSubManager()) {
                float[] x = new float[n * v.inputs()];
                for (int i = 0; i < n; i++) {
                    x[i * v.inputs() + v.start()] = 1;
                }
                NDArray h = null;
                NDArray c = null;
                for (int t = 0; t < length; t++) {
                    NDArray in = m.create(x, new Shape(n, 1, v.inputs()));
                    NDList out = trainer.evaluate(h == null ? new NDList(in) : new NDList(in, h, c));
                    float[] p = out.head().softmax(-1).toFloatArray();
                    h = out.get(1);
                    c = out.get(2);
                    Arrays.fill(x, 0);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < probs.length; j++) {
                            probs[j] = p[i * probs.length + j];
                        }
                        int s = Sampling.categorical(Sampling.cumulative(probs), rng);
                        if (!ended[i]) {
                            if (s == v.end()) {
                                ended[i] = true;
                            } else {
                                buf[i][len[i]++] = (byte) s;
                            }
                        }
                        x[i * v.inputs() + s] = 1;
                    }
                }
            }
            return null;
        });
        for (int i = 0; i < n; i++) {
            items.add(Arrays.copyOf(buf[i], len[i]));
        }
        return new Strings(v.alphabet(), items);
    }

    @Override
    public double logLikelihoodBits(Strings data) {
        return EngineThread.call(() -> {
            double ll = 0;
            try (NDManager m = trainer.getManager().newSubManager()) {
                for (int i = 0; i < data.size(); i++) {
                    byte[] s = data.item(i);
                    if (v.fixedLength() >= 0 && s.length != v.fixedLength()) {
                        return Double.NEGATIVE_INFINITY;
                    }
                    int time = v.time(s);
                    if (time == 0) {
                        continue;
                    }
                    float[] x = new float[time * v.inputs()];
                    v.encode(s, time, x, null, 0);
                    float[] logp = trainer.evaluate(new NDList(m.create(x, new Shape(1, time, v.inputs())))).head()
                            .logSoftmax(-1).toFloatArray();
                    for (int t = 0; t < time; t++) {
                        ll += logp[t * v.outputs() + v.target(s, t)];
                    }
                }
            }
            return ll / Math.log(2);
        });
    }

    /**
     * The training loss at the last step (cross-entropy of the training strings per symbol), in bits: the
     * counterpart of the n-gram model's entropy rate, which is its own training loss.
     */
    @Override
    public double entropyBits() {
        return trainingLoss / Math.log(2);
    }

    @Override
    public void close() {
        EngineThread.call(() -> {
            trainer.close();
            model.close();
            return null;
        });
    }
}
