package org.ait.collapse.learners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.collapse.Generator;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.data.Strings;
import org.ait.collapse.generators.EcaGenerator;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.automata.RuleIdentifier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Elementary-rule identification ({@code eca-rule}, {@code eca-rule+warm}) on diagrams of a known shape with a ring
 * boundary. The (neighbourhood, next cell) pairs of every training diagram are counted together; the rules with the
 * fewest exceptions are the candidates, and among them the one the algorithmic prior of {@link RuleIdentifier}
 * favours (the CTM of its rule table, as the identifier prices elementary programs) is chosen, so when the data leave
 * neighbourhoods unobserved the simplest consistent rule wins. A warm-started learner keeps its previous rule while
 * that rule is among the candidates. The initial rows are modelled as independent cells ({@link InputBits}: fair, or its
 * previous rate when warm, unless the training diagrams' first rows reject that; then their maximum-likelihood rate).
 */
public final class EcaRuleLearner implements Learner<Strings> {

    private static volatile double[] ruleBits;

    private final int width;
    private final int steps;
    private final boolean warm;

    public EcaRuleLearner(int width, int steps, boolean warm) {
        this.width = width;
        this.steps = steps;
        this.warm = warm;
    }

    /** Each elementary rule's program bits under the identifier's algorithmic prior (a constant offset aside). */
    static double[] ruleBits() {
        double[] b = ruleBits;
        if (b == null) {
            synchronized (EcaRuleLearner.class) {
                if (ruleBits == null) {
                    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {30, 110});
                    byte[] flat = EcaGenerator.diagram(30, EcaGenerator.randomRow(16, 0.5, rng), 8);
                    byte[][] rows = new byte[8][];
                    for (int t = 0; t < 8; t++) {
                        rows[t] = Arrays.copyOfRange(flat, t * 16, t * 16 + 16);
                    }
                    var id = RuleIdentifier.of(RuleFamily.ELEMENTARY).boundaries(Boundary.CYCLIC)
                            .identify(Diagram.ofRows(rows));
                    double[] bits = new double[256];
                    for (int r = 0; r < 256; r++) {
                        bits[r] = id.candidate(RuleFamily.ELEMENTARY, r, Boundary.CYCLIC).programBits();
                    }
                    ruleBits = bits;
                }
                b = ruleBits;
            }
        }
        return b;
    }

    @Override
    public String name() {
        return warm ? "eca-rule+warm" : "eca-rule";
    }

    @Override
    public Class<Strings> dataType() {
        return Strings.class;
    }

    @Override
    public boolean symbolic() {
        return true;
    }

    @Override
    public Model<Strings> fit(Strings data, Model<Strings> previous, UniformRandomProvider rng) {
        long[][] counts = new long[8][2];
        long ones = 0;
        long cells = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.length(i) != width * steps) {
                continue;
            }
            byte[] s = data.item(i);
            for (int x = 0; x < width; x++) {
                ones += s[x];
            }
            cells += width;
            for (int t = 0; t + 1 < steps; t++) {
                int row = t * width;
                for (int x = 0; x < width; x++) {
                    int ctx = s[row + (x + width - 1) % width] << 2 | s[row + x] << 1 | s[row + (x + 1) % width];
                    counts[ctx][s[row + width + x]]++;
                }
            }
        }
        double q = InputBits.rate(0.5, ones, cells);
        long best = Long.MAX_VALUE;
        long[] exceptions = new long[256];
        for (int r = 0; r < 256; r++) {
            long e = 0;
            for (int ctx = 0; ctx < 8; ctx++) {
                e += counts[ctx][1 - (r >> ctx & 1)];
            }
            exceptions[r] = e;
            best = Math.min(best, e);
        }
        if (warm && previous instanceof EcaModel p && exceptions[p.rule()] == best) {
            return new EcaModel(p.rule(), InputBits.rate(p.q, ones, cells), width, steps,
                    candidates(exceptions, best));
        }
        double[] bits = ruleBits();
        int chosen = -1;
        for (int r = 0; r < 256; r++) {
            if (exceptions[r] == best && (chosen < 0 || bits[r] < bits[chosen] - 1e-9)) {
                chosen = r;
            }
        }
        return new EcaModel(chosen, q, width, steps, candidates(exceptions, best));
    }

    private static int candidates(long[] exceptions, long best) {
        int c = 0;
        for (long e : exceptions) {
            if (e == best) {
                c++;
            }
        }
        return c;
    }

    /** A rule with independent random initial rows. */
    static final class EcaModel implements Model<Strings> {
        private final int rule;
        private final double q;
        private final int width;
        private final int steps;
        private final int ties;

        EcaModel(int rule, double q, int width, int steps, int ties) {
            this.rule = rule;
            this.q = q;
            this.width = width;
            this.steps = steps;
            this.ties = ties;
        }

        int rule() {
            return rule;
        }

        @Override
        public Strings sample(int n, UniformRandomProvider rng) {
            List<byte[]> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(EcaGenerator.diagram(rule, EcaGenerator.randomRow(width, q, rng), steps));
            }
            return new Strings(2, items);
        }

        @Override
        public double logLikelihoodBits(Strings data) {
            double ll = 0;
            for (int i = 0; i < data.size(); i++) {
                byte[] s = data.item(i);
                if (s.length != width * steps
                        || !Arrays.equals(s, EcaGenerator.diagram(rule, Arrays.copyOf(s, width), steps))) {
                    return Double.NEGATIVE_INFINITY;
                }
                for (int x = 0; x < width; x++) {
                    ll += Math.log(s[x] == 1 ? q : 1 - q);
                }
            }
            return ll / Math.log(2);
        }

        @Override
        public Recovery recovery(Generator<Strings> truth, UniformRandomProvider rng) {
            if (!(truth instanceof EcaGenerator g)) {
                return null;
            }
            int agree = 0;
            int trials = 100;
            for (int i = 0; i < trials; i++) {
                byte[] row = EcaGenerator.randomRow(g.width(), 0.5, rng);
                if (Arrays.equals(EcaGenerator.diagram(rule, row, g.steps()), EcaGenerator.diagram(g.rule(), row,
                        g.steps()))) {
                    agree++;
                }
            }
            return new Recovery(rule == g.rule(), agree / (double) trials);
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "rule %d, q=%.3f%s", rule, q,
                    ties > 1 ? " (" + ties + " rules fit equally)" : "");
        }
    }
}
