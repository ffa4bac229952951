package org.ait.bench;

import java.util.concurrent.TimeUnit;
import org.ait.collapse.Catalog;
import org.ait.collapse.Generator;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.Streams;
import org.ait.collapse.data.Reals;
import org.ait.collapse.data.Strings;
import org.ait.collapse.data.Symbols;
import org.ait.collapse.metrics.Metrics;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inner steps of the collapse loop, one thread, one generation each (n = 100 items, ECA: 20 diagrams of 10 x 16):
 * sampling from the truth and from a model, fitting, and the metrics of a row (with the evaluation sample of 1,000
 * items where the model has no closed form). Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="CollapseBench"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CollapseBench {

    private UniformRandomProvider rng;
    private Generator<Symbols> categorical;
    private Learner<Symbols> mle;
    private Symbols symbols;
    private Model<Symbols> categoricalModel;
    private Metrics<Symbols> categoricalMetrics;
    private Generator<Reals> gaussian;
    private Learner<Reals> kde;
    private Reals reals;
    private Generator<Strings> eca;
    private Learner<Strings> rule;
    private Learner<Strings> ngram;
    private Strings diagrams;
    private Model<Strings> ruleModel;
    private Model<Strings> ngramModel;
    private Metrics<Strings> ecaMetrics;
    private Metrics.Labels labels;

    @SuppressWarnings("unchecked")
    @Setup
    public void setUp() {
        rng = Streams.stream(1, 2, 3);
        categorical = (Generator<Symbols>) Catalog.generator("categorical:10");
        mle = (Learner<Symbols>) Catalog.learner("categorical-mle", categorical, 1);
        symbols = categorical.sample(100, rng);
        categoricalModel = mle.fit(symbols, null, rng);
        categoricalMetrics = new Metrics<>(categorical, mle, categorical.sample(100, rng), true);
        gaussian = (Generator<Reals>) Catalog.generator("gaussian:0:1");
        kde = (Learner<Reals>) Catalog.learner("kde-silverman", gaussian, 1);
        reals = gaussian.sample(100, rng);
        eca = (Generator<Strings>) Catalog.generator("eca:110:16:10");
        rule = (Learner<Strings>) Catalog.learner("eca-rule", eca, 1);
        ngram = (Learner<Strings>) Catalog.learner("ngram:3", eca, 1);
        diagrams = eca.sample(20, rng);
        ruleModel = rule.fit(diagrams, null, rng);
        ngramModel = ngram.fit(diagrams, null, rng);
        ecaMetrics = new Metrics<>(eca, rule, eca.sample(20, rng), true);
        eca.pmf();
        labels = new Metrics.Labels("g", "l", "replace", "0", 1);
    }

    @Benchmark
    public Symbols sampleCategoricalTruth() {
        return categorical.sample(100, rng);
    }

    @Benchmark
    public Model<Symbols> fitCategoricalMle() {
        return mle.fit(symbols, null, rng);
    }

    @Benchmark
    public Object metricsCategorical() {
        return categoricalMetrics.row(labels, 1, 0, 0, symbols, categoricalModel, 1000, rng);
    }

    @Benchmark
    public Model<Reals> fitKdeSilverman() {
        return kde.fit(reals, null, rng);
    }

    @Benchmark
    public Strings sampleEcaTruth() {
        return eca.sample(20, rng);
    }

    @Benchmark
    public Model<Strings> fitEcaRule() {
        return rule.fit(diagrams, null, rng);
    }

    @Benchmark
    public Model<Strings> fitNgram3() {
        return ngram.fit(diagrams, null, rng);
    }

    @Benchmark
    public Strings sampleNgram3() {
        return ngramModel.sample(20, rng);
    }

    @Benchmark
    public Object metricsEcaRule() {
        return ecaMetrics.row(labels, 1, 0, 0, diagrams, ruleModel, 1000, rng);
    }
}
