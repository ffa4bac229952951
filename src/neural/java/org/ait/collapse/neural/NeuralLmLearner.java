package org.ait.collapse.neural;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.nio.FloatBuffer;
import org.ait.collapse.Learner;
import org.ait.collapse.data.Strings;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * {@code neural-lm[:HIDDEN[:STEPS]]}: an LSTM language model over the symbols of strings (one layer, HIDDEN units,
 * default 32), trained from scratch every generation by Adam (learning rate 0.01) for STEPS full-batch steps (default
 * {@value #DEFAULT_STEPS}) on the generation's strings, each preceded by a start symbol (and followed by an end symbol
 * when the strings differ in length). Its weights are drawn from the run's stream and its samples are drawn in Java
 * from the predicted probabilities with the run's stream; the engine runs on one thread ({@link EngineThread}), so a
 * run gives the same numbers however many runs a study runs at once.
 */
public final class NeuralLmLearner implements Learner<Strings> {

    /** Hidden units when the name does not say. */
    static final int DEFAULT_HIDDEN = 32;
    /** Adam steps of a fit when the name does not say. */
    static final int DEFAULT_STEPS = 300;

    private final int hidden;
    private final int steps;

    /** @param params the name's parameters: none, HIDDEN, or HIDDEN:STEPS */
    public NeuralLmLearner(String[] params) {
        if (params.length > 2) {
            throw new IllegalArgumentException("neural-lm[:HIDDEN[:STEPS]] takes at most two parameters");
        }
        try {
            this.hidden = params.length > 0 ? Integer.parseInt(params[0].trim()) : DEFAULT_HIDDEN;
            this.steps = params.length > 1 ? Integer.parseInt(params[1].trim()) : DEFAULT_STEPS;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("neural-lm[:HIDDEN[:STEPS]] needs integers");
        }
        if (hidden < 1 || hidden > 1024 || steps < 1 || steps > 100_000) {
            throw new IllegalArgumentException("neural-lm needs 1 <= HIDDEN <= 1024 and 1 <= STEPS <= 100000");
        }
    }

    @Override
    public String name() {
        if (hidden == DEFAULT_HIDDEN && steps == DEFAULT_STEPS) {
            return "neural-lm";
        }
        return "neural-lm:" + hidden + (steps == DEFAULT_STEPS ? "" : ":" + steps);
    }

    @Override
    public Class<Strings> dataType() {
        return Strings.class;
    }

    @Override
    public org.ait.collapse.Model<Strings> fit(Strings data, org.ait.collapse.Model<Strings> previous,
            UniformRandomProvider rng) {
        Vocabulary v = Vocabulary.of(data);
        int batch = data.size();
        int time = v.time();
        float[] x = new float[batch * time * v.inputs()];
        float[] y = new float[batch * time * v.outputs()];
        for (int i = 0; i < batch; i++) {
            v.encode(data.item(i), time, x, y, i * time);
        }
        // The initial weights, uniform in +-1/sqrt(HIDDEN) as PyTorch's LSTM draws them, come from the run's stream.
        return EngineThread.call(() -> {
            Model model = Model.newInstance("neural-lm", "PyTorch");
            LmBlock block = new LmBlock(hidden, v.outputs());
            model.setBlock(block);
            Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.01f)).build()));
            NDManager m = trainer.getManager();
            Shape inShape = new Shape(batch, time, v.inputs());
            trainer.initialize(inShape);
            double k = 1 / Math.sqrt(hidden);
            for (Pair<String, Parameter> p : block.getParameters()) {
                NDArray arr = p.getValue().getArray();
                float[] w = new float[(int) arr.size()];
                for (int j = 0; j < w.length; j++) {
                    w[j] = (float) ((2 * rng.nextDouble() - 1) * k);
                }
                arr.set(FloatBuffer.wrap(w));
            }
            NDArray xs = m.create(x, inShape);
            NDArray ys = m.create(y, new Shape(batch, time, v.outputs()));
            float loss = Float.NaN;
            for (int step = 0; step < steps; step++) {
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDList out = trainer.forward(new NDList(xs));
                    NDArray l = out.head().logSoftmax(-1).mul(ys).sum().neg().div(batch * time);
                    gc.backward(l);
                    loss = l.getFloat();
                    out.close();
                }
                trainer.step();
            }
            return new NeuralLmModel(model, trainer, v, loss);
        });
    }
}
