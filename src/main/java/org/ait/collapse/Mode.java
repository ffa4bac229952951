package org.ait.collapse;

import java.util.Locale;

/** How each generation's data relate to the earlier generations'. */
public enum Mode {
    /** Fit on this generation's n items only (the default; the model-collapse setting). */
    REPLACE,
    /** Fit on every item of every generation so far (real and synthetic): the pool grows by n a generation. */
    ACCUMULATE,
    /** Keep the growing pool but fit on n items drawn from it without replacement. */
    ACCUMULATE_SUBSAMPLE;

    /** The command-line name: {@code replace}, {@code accumulate}, {@code accumulate-subsample}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws org.ait.io.InputException for an unknown name */
    public static Mode parse(String name) {
        for (Mode m : values()) {
            if (m.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new org.ait.io.InputException("unknown mode '" + name + "' (replace, accumulate, accumulate-subsample)");
    }
}
