package org.ait.collapse.learners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.ait.collapse.Generator;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.Sampling;
import org.ait.collapse.data.Points;
import org.ait.collapse.generators.LawGenerator;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.ConstantFitter;
import org.ait.synth.fit.SymbolicRegression;
import org.ait.synth.mdl.StructurePrior;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Formula fitting with the {@code ait fit} engine ({@code formula-fit}, {@code formula-fit+warm}): symbolic
 * regression of y on x (operators + - * / sin cos exp, every structure up to 6 nodes, no term regression, the
 * algorithmic structure prior, one thread, seeded from the run's stream; the search ends by size, so its result does not
 * depend on the machine), the chosen model's residual variance as the noise (maximum likelihood), and x modelled as
 * uniform over the training range widened by (max - min) / (n - 1) on each side (the unbiased endpoints; the plain
 * range would shrink every generation). A warm-started learner keeps its structure and refits only its
 * constants (Levenberg-Marquardt from the previous values) and the noise.
 *
 * <p>Recovery: the law is recovered when the RMS of f_hat - f over the generator's range is below a quarter of the
 * noise level; the behavioural agreement is the fraction of fresh x, drawn from the range widened by half its width on
 * each side (so extrapolation counts), where |f_hat - f| is below a quarter of the noise level.
 */
public final class FormulaLearner implements Learner<Points> {

    private static final List<Op> OPS = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.function("sin"),
            Op.function("cos"), Op.function("exp"));

    private final boolean warm;
    private final double seconds;

    public FormulaLearner(boolean warm, double seconds) {
        this.warm = warm;
        this.seconds = seconds;
    }

    private static StructurePrior prior;

    private static synchronized StructurePrior prior() throws IOException {
        if (prior == null) {
            prior = StructurePrior.algorithmic(OPS, 1);
        }
        return prior;
    }

    @Override
    public String name() {
        return warm ? "formula-fit+warm" : "formula-fit";
    }

    @Override
    public Class<Points> dataType() {
        return Points.class;
    }

    @Override
    public boolean symbolic() {
        return true;
    }

    @Override
    public Model<Points> fit(Points data, Model<Points> previous, UniformRandomProvider rng) {
        double[][] x = {data.xs()};
        double[] y = data.ys();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x[0]) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double widen = y.length > 1 ? (hi - lo) / (y.length - 1) : 0;
        lo -= widen;
        hi += widen;
        if (warm && previous instanceof FormulaModel p) {
            ConstantFitter.Fit f = new ConstantFitter(1, 100).fit(p.structure, x, y, rng, p.params);
            return new FormulaModel(p.structure, f.params(), f.sse() / y.length, lo, hi);
        }
        try {
            SymbolicRegression.Result r = new SymbolicRegression(OPS, prior()).maxSize(6).termRegression(false)
                    .seconds(seconds).seed(rng.nextLong()).threads(1).fit(x, y);
            return new FormulaModel(r.best().structure(), r.best().params(), r.best().mse(), lo, hi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** y = f_hat(x) + N(0, variance), x uniform in [lo, hi]. */
    static final class FormulaModel implements Model<Points> {
        private final Expr structure;
        private final double[] params;
        private final double variance;
        private final double lo;
        private final double hi;

        FormulaModel(Expr structure, double[] params, double variance, double lo, double hi) {
            this.structure = structure;
            this.params = params.clone();
            this.variance = variance;
            this.lo = lo;
            this.hi = hi;
        }

        double f(double x) {
            return structure.evaluate(new double[] {x}, params);
        }

        @Override
        public Points sample(int n, UniformRandomProvider rng) {
            double sd = Math.sqrt(variance);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = lo + (hi - lo) * rng.nextDouble();
                y[i] = f(x[i]) + sd * Sampling.gaussian(rng);
            }
            return new Points(x, y);
        }

        @Override
        public double logLikelihoodBits(Points data) {
            double s = 0;
            for (int i = 0; i < data.size(); i++) {
                double d = data.y(i) - f(data.x(i));
                s += -0.5 * Math.log(2 * Math.PI * variance) - d * d / (2 * variance);
            }
            return s / Math.log(2);
        }

        @Override
        public double[] moments() {
            return null;
        }

        @Override
        public Recovery recovery(Generator<Points> truth, UniformRandomProvider rng) {
            if (!(truth instanceof LawGenerator g)) {
                return null;
            }
            double tol = 0.25 * g.noise();
            double ss = 0;
            for (int i = 0; i <= 200; i++) {
                double x = g.lo() + (g.hi() - g.lo()) * i / 200.0;
                double d = f(x) - g.f(x);
                ss += Double.isFinite(d) ? d * d : Double.POSITIVE_INFINITY;
            }
            boolean exact = Math.sqrt(ss / 201) <= tol;
            int agree = 0;
            int trials = 200;
            double w = g.hi() - g.lo();
            for (int i = 0; i < trials; i++) {
                double x = g.lo() - w / 2 + 2 * w * rng.nextDouble();
                if (Math.abs(f(x) - g.f(x)) <= tol) {
                    agree++;
                }
            }
            return new Recovery(exact, agree / (double) trials);
        }

        @Override
        public String describe() {
            return "y = " + structure.toSympy(List.of("x"), params)
                    + String.format(Locale.ROOT, " + N(0, %.4g^2), x in [%.3g, %.3g]", Math.sqrt(variance), lo, hi);
        }
    }
}
