package org.ait.collapse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ait.collapse.metrics.Metrics;
import org.ait.collapse.metrics.Row;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The self-consuming loop of collapse.md for one configuration and one seed:
 *
 * <pre>
 * M_0 = fit(P*.sample(n))
 * for t = 1..T:  n_real ~ Binomial(n, alpha_t);  D_t = P*.sample(n_real) + M_{t-1}.sample(n - n_real)
 *                M_t = fit(D_t)   (ACCUMULATE: fit the pool of every D so far; ACCUMULATE_SUBSAMPLE: n drawn from it)
 * </pre>
 *
 * A row of metrics is recorded for every generation 0..T. Models that hold native resources ({@link AutoCloseable}
 * ones) are closed when the next generation's model replaces them, and the last at the end of the run, so callers that
 * keep {@link Step}s must not use such a model after the loop has moved on.
 */
public final class Loop {

    private Loop() {
    }

    /** What one generation leaves behind, for callers that look at the models themselves (tests). */
    public record Step<D extends Dataset<D>>(int generation, int nReal, D train, Model<D> model) {
    }

    /**
     * Items of the evaluation sample that stands in for a model's distribution where it has none in closed form, as
     * the truth's view asks ({@link View#evaluationSize}).
     */
    public static int evalSize(Generator<?> truth, int n) {
        return truth.view().evaluationSize(n);
    }

    /** Runs one seed and returns its rows, generation 0 first. */
    public static <D extends Dataset<D>> List<Row> run(Configuration<D> c, long seed) {
        return run(c, seed, true, null);
    }

    /**
     * Runs one seed.
     *
     * @param metrics whether to compute rows (false: only the steps, for tests and benchmarks)
     * @param steps   receives every generation's data and model (may be null)
     */
    public static <D extends Dataset<D>> List<Row> run(Configuration<D> c, long seed, boolean metrics,
            Consumer<Step<D>> steps) {
        long digest = c.digest();
        UniformRandomProvider rng = Streams.stream(digest, seed, Streams.TRAINING);
        UniformRandomProvider evalRng = Streams.stream(digest, seed, Streams.EVALUATION);
        Generator<D> truth = c.generator();
        int n = c.samples();
        List<Row> rows = new ArrayList<>();
        Metrics<D> m = null;
        Metrics.Labels labels = new Metrics.Labels(truth.spec(), c.learner().name(), c.mode().label(),
                c.schedule().label(), seed);
        if (metrics) {
            D heldOut = truth.sample(n, Streams.stream(digest, seed, Streams.HELD_OUT));
            m = new Metrics<>(truth, c.learner(), heldOut, true);
        }
        D data = truth.sample(n, rng);
        D pool = data;
        Model<D> model = c.learner().fit(data, null, rng);
        if (steps != null) {
            steps.accept(new Step<>(0, n, data, model));
        }
        if (m != null) {
            rows.add(m.row(labels, 0, 1.0, n, data, model, evalSize(truth, n), evalRng));
        }
        for (int t = 1; t <= c.generations(); t++) {
            double alpha = c.schedule().alpha(t, n);
            int nReal = Sampling.binomial(n, alpha, rng);
            D fresh = truth.sample(nReal, rng).concat(model.sample(n - nReal, rng));
            D train;
            switch (c.mode()) {
                case REPLACE -> train = fresh;
                case ACCUMULATE -> {
                    pool = pool.concat(fresh);
                    train = pool;
                }
                default -> {
                    pool = pool.concat(fresh);
                    train = pool.select(Sampling.withoutReplacement(pool.size(), n, rng));
                }
            }
            Model<D> previous = model;
            model = c.learner().fit(train, model, rng);
            if (previous != model) {
                release(previous);
            }
            if (steps != null) {
                steps.accept(new Step<>(t, nReal, train, model));
            }
            if (m != null) {
                rows.add(m.row(labels, t, alpha, nReal, train, model, evalSize(truth, n), evalRng));
            }
        }
        release(model);
        return rows;
    }

    /** Frees a model that holds native resources (the neural language model) once the loop has moved past it. */
    private static void release(Object model) {
        if (model instanceof AutoCloseable a) {
            try {
                a.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing a model: " + e.getMessage(), e);
            }
        }
    }
}
