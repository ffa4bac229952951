package org.ait.collapse.generators;

import java.util.List;
import org.ait.collapse.Generator;
import org.ait.collapse.Sampling;
import org.ait.collapse.View;
import org.ait.collapse.data.Points;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Points of a law y = f(x) + N(0, noise^2), x uniform in [lo, hi] ({@code law:EXPRESSION[:NOISE[:LO:HI]]}, an
 * expression in x in sympy syntax; defaults noise 0.1, x in [-2, 2]). The view bins the standardised residual
 * (y - f(x)) / noise of each point, so the truth's pmf there is the exact standard normal one.
 */
public final class LawGenerator implements Generator<Points> {

    private final String expression;
    private final Expr law;
    private final double noise;
    private final double lo;
    private final double hi;
    private final BinnedView<Points> view;

    public LawGenerator(String expression, double noise, double lo, double hi) {
        this.law = ExprParser.parse(expression, List.of("x"));
        if (law.parameters() > 0) {
            throw new IllegalArgumentException("law:EXPRESSION must have numbers, not free parameters: " + expression);
        }
        if (!(noise > 0) || !(hi > lo) || Double.isInfinite(noise) || Double.isInfinite(hi - lo)) {
            throw new IllegalArgumentException("law:EXPRESSION:NOISE:LO:HI needs NOISE > 0 and LO < HI");
        }
        this.expression = expression;
        this.noise = noise;
        this.lo = lo;
        this.hi = hi;
        for (int i = 0; i <= 100; i++) {
            if (!Double.isFinite(f(lo + (hi - lo) * i / 100.0))) {
                throw new IllegalArgumentException("law:" + expression + " is not finite on [" + lo + ", " + hi + "]");
            }
        }
        this.view = new BinnedView<>(0, 1, (d, sink) -> {
            for (int i = 0; i < d.size(); i++) {
                sink.accept((d.y(i) - f(d.x(i))) / noise);
            }
        }, "standardised residuals (y - f(x)) / noise");
    }

    public double f(double x) {
        return law.evaluate(new double[] {x}, new double[0]);
    }

    public double noise() {
        return noise;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public String expression() {
        return expression;
    }

    @Override
    public String spec() {
        return "law:" + expression + ":" + CategoricalGenerator.trim(noise) + ":" + CategoricalGenerator.trim(lo) + ":"
                + CategoricalGenerator.trim(hi);
    }

    @Override
    public Class<Points> dataType() {
        return Points.class;
    }

    @Override
    public Points sample(int n, UniformRandomProvider rng) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * rng.nextDouble();
            y[i] = f(x[i]) + noise * Sampling.gaussian(rng);
        }
        return new Points(x, y);
    }

    @Override
    public View<Points> view() {
        return view;
    }

    @Override
    public double[] pmf() {
        return view.pmf(Sampling::normalCdf);
    }

    @Override
    public boolean exact() {
        return true;
    }
}
