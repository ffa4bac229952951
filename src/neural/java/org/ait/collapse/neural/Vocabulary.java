package org.ait.collapse.neural;

import org.ait.collapse.data.Strings;

/**
 * How the language model sees strings over symbols 0..A-1: inputs one-hot over A + 2 symbols (A = end, A + 1 =
 * start), outputs over A symbols when every training string has one length (the model then writes that length), else
 * A + 1 (the end symbol is predicted too).
 *
 * @param alphabet    A
 * @param fixedLength the common length of the training strings, or -1 when they differ
 * @param maxLength   the longest training string
 */
record Vocabulary(int alphabet, int fixedLength, int maxLength) {

    static Vocabulary of(Strings data) {
        int fixed = data.length(0);
        int max = 0;
        for (int i = 0; i < data.size(); i++) {
            max = Math.max(max, data.length(i));
            if (data.length(i) != fixed) {
                fixed = -1;
            }
        }
        return new Vocabulary(data.alphabet(), fixed, max);
    }

    int end() {
        return alphabet;
    }

    int start() {
        return alphabet + 1;
    }

    int inputs() {
        return alphabet + 2;
    }

    int outputs() {
        return fixedLength >= 0 ? alphabet : alphabet + 1;
    }

    /** Time steps of training: the common length, or the longest string and its end symbol. */
    int time() {
        return fixedLength >= 0 ? fixedLength : maxLength + 1;
    }

    /** Time steps that predict string s (with its end symbol when lengths vary). */
    int time(byte[] s) {
        return fixedLength >= 0 ? s.length : s.length + 1;
    }

    /** The symbol predicted at step t of s: s[t], or the end symbol past its end. */
    int target(byte[] s, int t) {
        return t < s.length ? s[t] : end();
    }

    /**
     * Writes s one-hot, shifted by the start symbol, into {@code x} and its targets into {@code y} (either may be
     * null), from time row {@code row} on, for {@code time} steps.
     */
    void encode(byte[] s, int time, float[] x, float[] y, int row) {
        int prev = start();
        for (int t = 0; t < time; t++) {
            int next = target(s, t);
            if (x != null) {
                x[(row + t) * inputs() + prev] = 1;
            }
            if (y != null) {
                y[(row + t) * outputs() + next] = 1;
            }
            prev = next;
        }
    }
}
