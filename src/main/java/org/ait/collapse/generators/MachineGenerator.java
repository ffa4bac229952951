package org.ait.collapse.generators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.collapse.Generator;
import org.ait.collapse.View;
import org.ait.collapse.data.Strings;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Outputs of a small Turing machine ({@code tm:MACHINE}, text format) on uniformly random binary inputs of
 * {@value #INPUT_LENGTH} symbols. An item is the input, the separator symbol 2, then the output (empty when the
 * machine does not halt within {@value #MAX_STEPS} steps), over the alphabet {0, 1, 2}. The truth is exact: uniform
 * over the 2^L valid items.
 */
public final class MachineGenerator implements Generator<Strings> {

    public static final int INPUT_LENGTH = 6;
    public static final int MAX_STEPS = 200;

    private final Machine machine;
    private final byte[][] outputs;
    private final MachineView view;

    public MachineGenerator(Machine machine) {
        if (machine.symbols() != 2) {
            throw new IllegalArgumentException("tm:MACHINE: only binary machines, got " + machine.symbols() + " symbols");
        }
        this.machine = machine;
        this.outputs = outputs(machine);
        this.view = new MachineView(INPUT_LENGTH, outputs);
    }

    /** A machine's outputs on every input of {@value #INPUT_LENGTH} symbols (index = input value, first symbol high). */
    public static byte[][] outputs(Machine m) {
        byte[][] out = new byte[1 << INPUT_LENGTH][];
        for (int v = 0; v < out.length; v++) {
            byte[] o = m.run(input(v, INPUT_LENGTH), MAX_STEPS);
            out[v] = o == null ? new byte[0] : o;
        }
        return out;
    }

    /** The input of value v, first symbol the high bit. */
    public static byte[] input(int v, int length) {
        byte[] in = new byte[length];
        for (int j = 0; j < length; j++) {
            in[j] = (byte) (v >> (length - 1 - j) & 1);
        }
        return in;
    }

    /** The item of an input and an output. */
    public static byte[] item(byte[] input, byte[] output) {
        byte[] it = Arrays.copyOf(input, input.length + 1 + output.length);
        it[input.length] = 2;
        System.arraycopy(output, 0, it, input.length + 1, output.length);
        return it;
    }

    public Machine machine() {
        return machine;
    }

    /** The true output on input value v. */
    public byte[] output(int v) {
        return outputs[v].clone();
    }

    @Override
    public String spec() {
        return "tm:" + machine.text();
    }

    @Override
    public Class<Strings> dataType() {
        return Strings.class;
    }

    @Override
    public Strings sample(int n, UniformRandomProvider rng) {
        List<byte[]> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int v = rng.nextInt(1 << INPUT_LENGTH);
            items.add(item(input(v, INPUT_LENGTH), outputs[v]));
        }
        return new Strings(3, items);
    }

    @Override
    public View<Strings> view() {
        return view;
    }

    @Override
    public double[] pmf() {
        double[] p = new double[view.categories()];
        Arrays.fill(p, 0, p.length - 1, 1.0 / (p.length - 1));
        return p;
    }

    @Override
    public boolean exact() {
        return true;
    }
}
