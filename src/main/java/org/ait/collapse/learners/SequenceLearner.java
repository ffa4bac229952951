package org.ait.collapse.learners;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ait.collapse.Generator;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.data.Sequences;
import org.ait.collapse.generators.SequenceGenerator;
import org.ait.synth.sequence.ProgramClasses;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.Synthesizer;
import org.ait.synth.sequence.classes.LinearRecurrence;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sequence synthesis ({@code sequence-synth}, {@code sequence-synth+warm}): the synthesizer of
 * {@code org.ait.synth.sequence}, on a small fast class list (recurrence, polynomial, periodic), is run on up to
 * three distinct training items (those with the most distinct terms); each proposal is a mechanism, a linear
 * recurrence (its coefficients, run from new initial terms) or otherwise a fixed sequence; the mechanism that
 * reproduces the most training items wins (ties: recurrences first, lower order). A warm-started learner keeps its
 * mechanism while it reproduces every item. Initial terms are modelled as independent and uniform over the range
 * [min, max] of the training items' initial terms.
 */
public final class SequenceLearner implements Learner<Sequences> {

    private static final Synthesizer SYNTH = Synthesizer.builder()
            .classes(ProgramClasses.named(List.of("recurrence", "polynomial", "periodic"))).timeSeconds(20).top(1)
            .build();

    private final boolean warm;

    public SequenceLearner(boolean warm) {
        this.warm = warm;
    }

    @Override
    public String name() {
        return warm ? "sequence-synth+warm" : "sequence-synth";
    }

    @Override
    public Class<Sequences> dataType() {
        return Sequences.class;
    }

    @Override
    public boolean symbolic() {
        return true;
    }

    @Override
    public Model<Sequences> fit(Sequences data, Model<Sequences> previous, UniformRandomProvider rng) {
        Map<String, long[]> distinct = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            long[] it = data.item(i);
            distinct.putIfAbsent(Arrays.toString(it), it);
        }
        int length = data.item(0).length;
        if (warm && previous instanceof SequenceModel p && p.reproduced(data) == data.size()) {
            return p.withRange(data);
        }
        List<long[]> items = new ArrayList<>(distinct.values());
        items.sort(Comparator.comparingLong((long[] it) -> -Arrays.stream(it).distinct().count()));
        List<SequenceModel> proposals = new ArrayList<>();
        for (int i = 0; i < Math.min(3, items.size()); i++) {
            SequenceProgram program = SYNTH.synthesize(Sequence.integers(items.get(i)), 0).best().program();
            SequenceModel m;
            if (program instanceof LinearRecurrence.Program r) {
                m = new SequenceModel(r.c0(), r.coefficients(), null, length, 0, 9);
            } else {
                m = new SequenceModel(null, null, items.get(i), length, 0, 9);
            }
            proposals.add(m.withRange(data));
        }
        SequenceModel best = null;
        long bestCount = -1;
        for (SequenceModel m : proposals) {
            long c = m.reproduced(data);
            if (c > bestCount || c == bestCount && m.order() < best.order()) {
                best = m;
                bestCount = c;
            }
        }
        return best;
    }

    /** A recurrence from random initial terms, or one fixed sequence. */
    static final class SequenceModel implements Model<Sequences> {
        private final BigInteger c0;
        private final BigInteger[] coefficients;
        private final long[] fixed;
        private final int length;
        private final long lo;
        private final long hi;

        SequenceModel(BigInteger c0, BigInteger[] coefficients, long[] fixed, int length, long lo, long hi) {
            this.c0 = c0;
            this.coefficients = coefficients;
            this.fixed = fixed;
            this.length = length;
            this.lo = lo;
            this.hi = hi;
        }

        /** Recurrences order first, then fixed sequences. */
        int order() {
            return coefficients != null ? coefficients.length : Integer.MAX_VALUE;
        }

        /** The same mechanism, its initial-term range re-estimated from the data. */
        SequenceModel withRange(Sequences data) {
            if (coefficients == null) {
                return this;
            }
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < data.size(); i++) {
                long[] it = data.item(i);
                for (int j = 0; j < Math.min(coefficients.length, it.length); j++) {
                    min = Math.min(min, it[j]);
                    max = Math.max(max, it[j]);
                }
            }
            return new SequenceModel(c0, coefficients, null, length, min, max);
        }

        long[] run(long[] init) {
            if (coefficients == null) {
                return fixed.clone();
            }
            BigInteger[] b = new BigInteger[init.length];
            for (int j = 0; j < init.length; j++) {
                b[j] = BigInteger.valueOf(init[j]);
            }
            BigInteger[] t = new LinearRecurrence.Program(b, c0, coefficients).terms(length);
            long[] out = new long[t.length];
            for (int j = 0; j < t.length; j++) {
                if (t[j].bitLength() > 62) {
                    return Arrays.copyOf(out, j);
                }
                out[j] = t[j].longValue();
            }
            return out;
        }

        long reproduced(Sequences data) {
            long k = 0;
            for (int i = 0; i < data.size(); i++) {
                long[] it = data.item(i);
                if (coefficients != null && it.length >= coefficients.length
                        && Arrays.equals(it, run(Arrays.copyOf(it, coefficients.length)))
                        || coefficients == null && Arrays.equals(it, fixed)) {
                    k++;
                }
            }
            return k;
        }

        @Override
        public Sequences sample(int n, UniformRandomProvider rng) {
            List<long[]> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (coefficients == null) {
                    items.add(fixed.clone());
                    continue;
                }
                long[] init = new long[coefficients.length];
                for (int j = 0; j < init.length; j++) {
                    init[j] = lo + (long) Math.floor(rng.nextDouble() * (hi - lo + 1));
                }
                items.add(run(init));
            }
            return new Sequences(items);
        }

        @Override
        public Recovery recovery(Generator<Sequences> truth, UniformRandomProvider rng) {
            if (!(truth instanceof SequenceGenerator g)) {
                return null;
            }
            boolean exact = coefficients != null && c0.equals(BigInteger.ONE);
            long[] want = g.coefficients();
            int d = coefficients == null ? 0 : coefficients.length;
            while (exact && d > 0 && coefficients[d - 1].signum() == 0) {
                d--;
            }
            exact &= d == want.length;
            for (int j = 0; exact && j < d; j++) {
                exact = coefficients[j].equals(BigInteger.valueOf(want[j]));
            }
            int agree = 0;
            int trials = 100;
            for (int i = 0; i < trials; i++) {
                long[] init = new long[g.order()];
                for (int j = 0; j < init.length; j++) {
                    init[j] = rng.nextInt(SequenceGenerator.DIGITS);
                }
                long[] t = SequenceGenerator.terms(want, init, length);
                long[] mine = coefficients == null ? fixed : run(Arrays.copyOf(t, coefficients.length));
                if (Arrays.equals(t, mine)) {
                    agree++;
                }
            }
            return new Recovery(exact, agree / (double) trials);
        }

        @Override
        public String describe() {
            if (coefficients == null) {
                return "the fixed sequence " + Arrays.toString(fixed);
            }
            BigInteger[] init = new BigInteger[coefficients.length];
            Arrays.fill(init, BigInteger.ZERO);
            String rule = new LinearRecurrence.Program(init, c0, coefficients).text();
            int semi = rule.indexOf(';');
            return (semi > 0 ? rule.substring(0, semi) : rule)
                    + String.format(Locale.ROOT, ", initial terms uniform in %d..%d", lo, hi);
        }
    }
}
