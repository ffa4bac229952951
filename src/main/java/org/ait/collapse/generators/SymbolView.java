package org.ait.collapse.generators;

import org.ait.collapse.View;
import org.ait.collapse.data.Symbols;

/** Symbols seen as themselves. */
public final class SymbolView implements View<Symbols> {

    private final int alphabet;
    private final boolean[] tail;

    public SymbolView(int alphabet, boolean[] tail) {
        this.alphabet = alphabet;
        this.tail = tail == null ? null : tail.clone();
    }

    @Override
    public int categories() {
        return alphabet;
    }

    @Override
    public void count(Symbols data, long[] counts) {
        for (int i = 0; i < data.size(); i++) {
            counts[data.value(i)]++;
        }
    }

    @Override
    public boolean[] tail() {
        return tail == null ? null : tail.clone();
    }

    @Override
    public String describe() {
        return "the " + alphabet + " symbols";
    }
}
