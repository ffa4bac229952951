package org.ait.collapse.generators;

import java.util.Arrays;
import org.ait.collapse.View;
import org.ait.collapse.data.Strings;

/**
 * Items "input, separator, output" of a machine seen as their input (2^L categories) when the output is the true
 * machine's, and one more category for every item whose output is not (or that is malformed). The truth is uniform
 * on the valid categories; the support is the number of distinct items.
 */
public final class MachineView implements View<Strings> {

    private final int inputLength;
    private final byte[][] outputs;

    MachineView(int inputLength, byte[][] outputs) {
        this.inputLength = inputLength;
        this.outputs = outputs;
    }

    @Override
    public int categories() {
        return (1 << inputLength) + 1;
    }

    /** The category of an item: its input's value when it is valid, else the last category. */
    int category(byte[] item) {
        int invalid = 1 << inputLength;
        if (item.length <= inputLength || item[inputLength] != 2) {
            return invalid;
        }
        int v = 0;
        for (int j = 0; j < inputLength; j++) {
            if (item[j] > 1) {
                return invalid;
            }
            v = v << 1 | item[j];
        }
        byte[] out = Arrays.copyOfRange(item, inputLength + 1, item.length);
        return Arrays.equals(out, outputs[v]) ? v : invalid;
    }

    @Override
    public void count(Strings data, long[] counts) {
        for (int i = 0; i < data.size(); i++) {
            counts[category(data.item(i))]++;
        }
    }

    @Override
    public int support(Strings data) {
        return data.distinct();
    }

    @Override
    public String describe() {
        return "the input of each item whose output is the true machine's (" + (1 << inputLength)
                + " categories), and one category for every other item; support = distinct items";
    }
}
