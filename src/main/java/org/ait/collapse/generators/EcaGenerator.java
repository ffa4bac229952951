package org.ait.collapse.generators;

import java.util.ArrayList;
import java.util.List;
import org.ait.collapse.Generator;
import org.ait.collapse.View;
import org.ait.collapse.data.Strings;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Space-time diagrams of an elementary cellular automaton ({@code eca:RULE[:WIDTH:STEPS]}, default 16 cells, 10
 * steps, ring boundary) from independent uniformly random initial rows. An item is the diagram's rows one after
 * another. The truth's pmf on the {@link EcaView} is estimated from a reference sample of 20,000 diagrams (fixed
 * seed); the mechanism is the rule.
 */
public final class EcaGenerator implements Generator<Strings> {

    /** Reference sample size for the truth's pmf. */
    static final int REFERENCE = 20_000;

    private final int rule;
    private final int width;
    private final int steps;
    private final EcaView view;
    private double[] pmf;

    public EcaGenerator(int rule, int width, int steps) {
        if (rule < 0 || rule > 255) {
            throw new IllegalArgumentException("eca:RULE needs a rule 0..255, got " + rule);
        }
        if (width < 3 || width > 64 || steps < 2 || steps > 64) {
            throw new IllegalArgumentException("eca:RULE:WIDTH:STEPS needs WIDTH 3..64 and STEPS 2..64, got " + width
                    + " and " + steps);
        }
        this.rule = rule;
        this.width = width;
        this.steps = steps;
        this.view = new EcaView(width, steps);
    }

    public int rule() {
        return rule;
    }

    public int width() {
        return width;
    }

    public int steps() {
        return steps;
    }

    /**
     * The diagram of a rule from an initial row, flattened (ring boundary). Written out for speed; it equals
     * {@link CaProgram#run} of the same program (a test checks).
     */
    public static byte[] diagram(int rule, byte[] initial, int steps) {
        int w = initial.length;
        byte[] out = new byte[steps * w];
        System.arraycopy(initial, 0, out, 0, w);
        for (int t = 1; t < steps; t++) {
            int prev = (t - 1) * w;
            int row = t * w;
            for (int x = 0; x < w; x++) {
                int ctx = out[prev + (x == 0 ? w - 1 : x - 1)] << 2 | out[prev + x] << 1 | out[prev + (x == w - 1 ? 0 : x + 1)];
                out[row + x] = (byte) (rule >> ctx & 1);
            }
        }
        return out;
    }

    /** The same diagram computed by the automata library's program (the reference). */
    public static byte[] referenceDiagram(int rule, byte[] initial, int steps) {
        Diagram d = new CaProgram(RuleFamily.ELEMENTARY, rule, Boundary.CYCLIC, initial.length, initial).run(steps);
        int w = initial.length;
        byte[] out = new byte[steps * w];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(d.cells(t), 0, out, t * w, w);
        }
        return out;
    }

    /** A uniformly random row (each cell 1 with probability q). */
    public static byte[] randomRow(int width, double q, UniformRandomProvider rng) {
        byte[] row = new byte[width];
        for (int x = 0; x < width; x++) {
            row[x] = (byte) (rng.nextDouble() < q ? 1 : 0);
        }
        return row;
    }

    @Override
    public String spec() {
        return "eca:" + rule + ":" + width + ":" + steps;
    }

    @Override
    public Class<Strings> dataType() {
        return Strings.class;
    }

    @Override
    public Strings sample(int n, UniformRandomProvider rng) {
        List<byte[]> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(diagram(rule, randomRow(width, 0.5, rng), steps));
        }
        return new Strings(2, items);
    }

    @Override
    public View<Strings> view() {
        return view;
    }

    @Override
    public synchronized double[] pmf() {
        if (pmf == null) {
            long[] c = new long[16];
            view.count(sample(REFERENCE, RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {0x5EED, rule})), c);
            double total = 0;
            for (long v : c) {
                total += v;
            }
            pmf = new double[16];
            for (int i = 0; i < 16; i++) {
                pmf[i] = c[i] / total;
            }
        }
        return pmf.clone();
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public double logLikelihoodBits(Strings data) {
        return data.size() * -(double) width;
    }
}
