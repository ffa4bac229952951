package org.ait.collapse.learners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ait.collapse.Generator;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.data.Strings;
import org.ait.collapse.generators.Machine;
import org.ait.collapse.generators.MachineGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Machine identification with the CTM prior ({@code tm-ctm}, {@code tm-ctm+warm}) from items "input, 2, output".
 *
 * <p>It enumerates every binary machine with 1 state, then 2 states (36 and 10,000 machines, the formalism's
 * numbering), each run on every input of the items' length ({@value MachineGenerator#INPUT_LENGTH} symbols,
 * {@value MachineGenerator#MAX_STEPS} steps; not halting = empty output). In the smallest space that has machines
 * reproducing every observed (input, output) pair, the consistent machines are grouped by their behaviour on all
 * inputs, and the behaviour produced by the most machines is chosen: the coding theorem's prior, K(behaviour) =
 * -log2(machines with it / machines in the space), computed exactly as CTM computes D(s) for outputs from a blank tape.
 * When no 2-state machine fits, the witness machines of the shipped tables D(3) and D(4) are tried
 * ({@link WitnessCandidates}: fewest states first, then the smallest K of the output each is the witness of). When no
 * machine reproduces every pair (mixed data after a wrong model), the 1- or 2-state machine reproducing the most items
 * wins. A warm-started learner keeps its machine while it reproduces every pair. Inputs are modelled as independent
 * bits ({@link InputBits}: fair, or the previous rate when warm, unless the observed inputs reject that; then their
 * maximum-likelihood rate).
 */
public final class MachineLearner implements Learner<Strings> {

    /** The spaces searched, smallest first: {states, symbols}. */
    static final int[][] SPACES = {{1, 2}, {2, 2}};

    private final boolean warm;

    public MachineLearner(boolean warm) {
        this.warm = warm;
    }

    /** Every machine of the space, by index. */
    static List<Machine> candidates(int space) {
        int states = SPACES[space][0];
        int symbols = SPACES[space][1];
        long size = Machine.spaceSize(states, symbols);
        List<Machine> out = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            out.add(Machine.fromIndex(states, symbols, i));
        }
        return out;
    }

    /** The candidates of the enumerated spaces: outputs, outputs as ids, behaviour classes. */
    record Spaces(byte[][][][] outputs, int[][][] ids, int[][] classes) {
    }

    private static volatile Spaces spaces;

    /** behaviours[space][machine][input] = the output (empty when it does not halt). */
    static byte[][][][] behaviours() {
        return spaces().outputs();
    }

    static Spaces spaces() {
        Spaces b = spaces;
        if (b == null) {
            synchronized (MachineLearner.class) {
                if (spaces == null) {
                    byte[][][][] all = new byte[SPACES.length][][][];
                    int[][][] ids = new int[SPACES.length][][];
                    int[][] classes = new int[SPACES.length][];
                    for (int s = 0; s < SPACES.length; s++) {
                        List<Machine> ms = candidates(s);
                        all[s] = new byte[ms.size()][][];
                        ids[s] = new int[ms.size()][];
                        for (int m = 0; m < ms.size(); m++) {
                            all[s][m] = MachineGenerator.outputs(ms.get(m));
                            ids[s][m] = OutputIds.of(all[s][m]);
                        }
                        classes[s] = OutputIds.classes(Arrays.asList(ids[s]));
                    }
                    spaces = new Spaces(all, ids, classes);
                }
                b = spaces;
            }
        }
        return b;
    }

    @Override
    public String name() {
        return warm ? "tm-ctm+warm" : "tm-ctm";
    }

    @Override
    public Class<Strings> dataType() {
        return Strings.class;
    }

    @Override
    public boolean symbolic() {
        return true;
    }

    /** The distinct observed (input, output) pairs, the output as its {@link OutputIds} id (-1: no candidate's). */
    record Observed(int[] input, int[] output, int[] count, long total) {

        /** How many observed items a behaviour (as ids) reproduces. */
        long matched(int[] behaviour) {
            long k = 0;
            for (int i = 0; i < input.length; i++) {
                if (behaviour[input[i]] == output[i]) {
                    k += count[i];
                }
            }
            return k;
        }
    }

    @Override
    public Model<Strings> fit(Strings data, Model<Strings> previous, UniformRandomProvider rng) {
        int len = MachineGenerator.INPUT_LENGTH;
        List<int[]> inputs = new ArrayList<>(); // {input value}
        List<byte[]> outputs = new ArrayList<>();
        long ones = 0;
        long bits = 0;
        long total = 0;
        for (int i = 0; i < data.size(); i++) {
            byte[] it = data.item(i);
            if (it.length <= len || it[len] != 2) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < it.length; j++) {
                if (j != len && it[j] > 1) {
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            int v = 0;
            for (int j = 0; j < len; j++) {
                v = v << 1 | it[j];
                ones += it[j];
            }
            bits += len;
            total++;
            inputs.add(new int[] {v});
            outputs.add(Arrays.copyOfRange(it, len + 1, it.length));
        }
        Spaces sp = spaces(); // every output of a 1- or 2-state machine has its id from here on
        Observed observed = observed(inputs, outputs, total);
        double q = InputBits.rate(0.5, ones, bits);
        if (warm && previous instanceof MachineModel p && observed.matched(p.ids) == total) {
            return new MachineModel(p.machine, p.outputs, p.ids, InputBits.rate(p.q, ones, bits), p.description);
        }
        for (int s = 0; s < SPACES.length; s++) {
            int[][] ids = sp.ids()[s];
            int[] classes = sp.classes()[s];
            Map<Integer, int[]> groups = new TreeMap<>(); // behaviour class -> {count, first index}
            for (int m = 0; m < ids.length; m++) {
                if (observed.matched(ids[m]) == total) {
                    int mm = m;
                    groups.computeIfAbsent(classes[m], k -> new int[] {0, mm})[0]++;
                }
            }
            if (!groups.isEmpty()) {
                int[] bestGroup = null;
                for (int[] g : groups.values()) {
                    if (bestGroup == null || g[0] > bestGroup[0] || g[0] == bestGroup[0] && g[1] < bestGroup[1]) {
                        bestGroup = g;
                    }
                }
                long size = Machine.spaceSize(SPACES[s][0], SPACES[s][1]);
                Machine m = Machine.fromIndex(SPACES[s][0], SPACES[s][1], bestGroup[1]);
                String d = String.format(Locale.ROOT, "%s (%d of %,d %d-state machines behave alike: K = %.2f bits;"
                        + " %d behaviours fit)", m.text(), bestGroup[0], size, SPACES[s][0],
                        -Math.log(bestGroup[0] / (double) size) / Math.log(2), groups.size());
                return new MachineModel(m, sp.outputs()[s][bestGroup[1]], ids[bestGroup[1]], q, d);
            }
        }
        List<WitnessCandidates.Candidate> witnesses = WitnessCandidates.all();
        observed = observed(inputs, outputs, total); // the witnesses' outputs have ids now too
        int fits = 0;
        WitnessCandidates.Candidate first = null;
        for (WitnessCandidates.Candidate c : witnesses) {
            if (observed.matched(c.ids()) == total) {
                fits++;
                first = first == null ? c : first;
            }
        }
        if (first != null) {
            String d = String.format(Locale.ROOT, "%s (witness of %s in %s, K = %.2f bits; %d witness machines fit)",
                    first.machine().text(), first.output(), first.table(), first.k(), fits);
            return new MachineModel(first.machine(), first.outputs(), first.ids(), q, d);
        }
        int bs = 0;
        int bm = 0;
        long bestMatch = -1;
        for (int s = 0; s < SPACES.length; s++) {
            for (int m = 0; m < sp.ids()[s].length; m++) {
                long k = observed.matched(sp.ids()[s][m]);
                if (k > bestMatch) {
                    bestMatch = k;
                    bs = s;
                    bm = m;
                }
            }
        }
        Machine m = Machine.fromIndex(SPACES[bs][0], SPACES[bs][1], bm);
        return new MachineModel(m, sp.outputs()[bs][bm], sp.ids()[bs][bm], q, m.text() + " (reproduces " + bestMatch
                + " of " + total + " items; none reproduces all)");
    }

    private static Observed observed(List<int[]> inputs, List<byte[]> outputs, long total) {
        Map<Long, Integer> pairs = new TreeMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            int id = OutputIds.lookup(outputs.get(i));
            if (id >= 0) {
                pairs.merge((long) inputs.get(i)[0] << 32 | id, 1, Integer::sum);
            }
        }
        int[] in = new int[pairs.size()];
        int[] out = new int[pairs.size()];
        int[] count = new int[pairs.size()];
        int i = 0;
        for (Map.Entry<Long, Integer> e : pairs.entrySet()) {
            in[i] = (int) (e.getKey() >>> 32);
            out[i] = (int) (long) e.getKey();
            count[i++] = e.getValue();
        }
        return new Observed(in, out, count, total);
    }

    /** A machine on random inputs. */
    static final class MachineModel implements Model<Strings> {
        private final Machine machine;
        private final byte[][] outputs;
        private final int[] ids;
        private final double q;
        private final String description;

        MachineModel(Machine machine, byte[][] outputs, int[] ids, double q, String description) {
            this.machine = machine;
            this.outputs = outputs;
            this.ids = ids;
            this.q = q;
            this.description = description;
        }

        @Override
        public Strings sample(int n, UniformRandomProvider rng) {
            int len = MachineGenerator.INPUT_LENGTH;
            List<byte[]> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int v = 0;
                for (int j = 0; j < len; j++) {
                    v = v << 1 | (rng.nextDouble() < q ? 1 : 0);
                }
                items.add(MachineGenerator.item(MachineGenerator.input(v, len), outputs[v]));
            }
            return new Strings(3, items);
        }

        @Override
        public Recovery recovery(Generator<Strings> truth, UniformRandomProvider rng) {
            if (!(truth instanceof MachineGenerator g)) {
                return null;
            }
            boolean exact = true;
            for (int v = 0; v < outputs.length; v++) {
                exact &= Arrays.equals(outputs[v], g.output(v));
            }
            int agree = 0;
            int trials = 200;
            int len = MachineGenerator.INPUT_LENGTH + 4;
            for (int i = 0; i < trials; i++) {
                byte[] in = MachineGenerator.input(rng.nextInt(1 << len), len);
                if (Arrays.equals(machine.run(in, MachineGenerator.MAX_STEPS),
                        g.machine().run(in, MachineGenerator.MAX_STEPS))) {
                    agree++;
                }
            }
            return new Recovery(exact, agree / (double) trials);
        }

        @Override
        public String describe() {
            return description + String.format(Locale.ROOT, ", q=%.3f", q);
        }
    }
}
