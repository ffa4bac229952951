package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.SequenceProgram;

/**
 * A morphic word: the fixed point of a substitution (morphism) that starts with letter 0, seen through a coding of
 * letters to symbols. Uniform substitutions (all images of length k) give exactly the k-automatic sequences
 * (Cobham), so one program serves both classes; {@link #className()} says which.
 *
 * @param images images[a] = the word letter a is replaced by; images[0] starts with 0 and has length >= 2
 * @param coding coding[a] = the symbol printed for letter a
 */
public record Substitution(int[][] images, int[] coding, int alphabet) implements SequenceProgram {

    public boolean uniform() {
        for (int[] im : images) {
            if (im.length != images[0].length) {
                return false;
            }
        }
        return true;
    }

    private boolean identityCoding() {
        if (coding.length != alphabet) {
            return false;
        }
        for (int a = 0; a < coding.length; a++) {
            if (coding[a] != a) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String className() {
        return uniform() ? "automatic" : "morphic";
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder("fixed point of ");
        for (int a = 0; a < images.length; a++) {
            sb.append(a > 0 ? ", " : "").append(letter(a)).append(" -> ");
            for (int x : images[a]) {
                sb.append(letter(x));
            }
        }
        if (!identityCoding()) {
            sb.append("; coded ");
            for (int a = 0; a < coding.length; a++) {
                sb.append(a > 0 ? ", " : "").append(letter(a)).append(" -> ").append(Integer.toHexString(coding[a]));
            }
        }
        if (uniform()) {
            sb.append(" (").append(images[0].length).append("-automatic)");
        }
        return sb.toString();
    }

    /** Letters are printed as symbols when the coding is the identity, else as a, b, c, ... */
    private String letter(int a) {
        return identityCoding() ? Integer.toHexString(a) : String.valueOf((char) ('a' + a));
    }

    @Override
    public void encode(BitCode code) {
        int m = images.length;
        code.natural(m - 2).natural(images[0].length - 2);
        boolean uni = uniform();
        code.bit(uni);
        for (int a = 0; a < m; a++) {
            if (!uni || a == 0) {
                code.natural(images[a].length - (a == 0 ? 2 : 1));
            }
            for (int x : images[a]) {
                code.choice(x, m);
            }
        }
        for (int a = 0; a < m; a++) {
            code.choice(coding[a], alphabet);
        }
    }

    @Override
    public BigInteger[] terms(int count) {
        int[] w = fixedPoint(images, count);
        BigInteger[] out = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            out[i] = BigInteger.valueOf(coding[w[i]]);
        }
        return out;
    }

    /** The first {@code count} letters of the fixed point starting with 0 (images[0] must start with 0, length >= 2). */
    static int[] fixedPoint(int[][] images, int count) {
        int[] w = images[0].clone();
        int len = w.length;
        // Each round replaces the prefix; the word grows because images[0] = 0 u with u non-empty.
        while (len < count) {
            int[] next = new int[Math.max(count, 2 * len + 8)];
            int out = 0;
            for (int i = 0; i < len && out < count; i++) {
                int[] im = images[w[i]];
                for (int j = 0; j < im.length && out < next.length; j++) {
                    next[out++] = im[j];
                }
            }
            if (out <= len) {
                break;
            }
            w = next;
            len = out;
        }
        return Arrays.copyOf(w, count);
    }
}
