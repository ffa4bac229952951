package org.ait.synth.sequence.classes;

import java.util.ArrayList;
import java.util.List;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;

/**
 * Morphic and automatic words: every substitution on 2 letters with images up to 4 long, on 3 letters up to 3 long
 * ({@code uniform} false: class {@code morphic}), or every uniform one of length 2 or 3 on up to 4 letters
 * ({@code uniform} true: class {@code automatic}), with every coding of letters to the input's symbols; the fixed
 * point of letter 0 is compared with the input. Thue-Morse, the Fibonacci word, period doubling, the paperfolding and
 * Rudin-Shapiro words are all here.
 */
public final class Morphic implements ProgramClass {

    private final boolean uniform;

    public Morphic(boolean uniform) {
        this.uniform = uniform;
    }

    @Override
    public String name() {
        return uniform ? "automatic" : "morphic";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.length() >= 6 && input.symbolAlphabet() > 0;
    }

    @Override
    public void search(SearchContext ctx) {
        Sequence in = ctx.input();
        int k = in.kind() == Sequence.Kind.SYMBOLS ? in.alphabet() : in.symbolAlphabet();
        int[] t = new int[in.length()];
        for (int i = 0; i < t.length; i++) {
            t[i] = in.term(i).intValue();
        }
        if (uniform) {
            for (int len = 2; len <= 3; len++) {
                for (int m = 2; m <= (len == 2 ? 4 : 3); m++) {
                    search(ctx, t, k, m, len, len);
                }
            }
            ctx.searched(name(), "uniform substitutions of length 2 on up to 4 letters and of length 3 on up to 3");
        } else {
            search(ctx, t, k, 2, 1, 4);
            search(ctx, t, k, 3, 1, 3);
            ctx.searched(name(), "substitutions on 2 letters with images up to 4 long, on 3 letters up to 3 long");
        }
    }

    /** Every substitution on m letters with image lengths in [minLen, maxLen], every coding. */
    private void search(SearchContext ctx, int[] t, int k, int m, int minLen, int maxLen) {
        List<int[]> words = new ArrayList<>();
        for (int len = minLen; len <= maxLen; len++) {
            int total = (int) Math.pow(m, len);
            for (int c = 0; c < total; c++) {
                int[] w = new int[len];
                int x = c;
                for (int i = len - 1; i >= 0; i--) {
                    w[i] = x % m;
                    x /= m;
                }
                words.add(w);
            }
        }
        List<int[]> firsts = words.stream().filter(w -> w.length >= 2 && w[0] == 0).toList();
        int[][] images = new int[m][];
        int rest = (int) Math.pow(words.size(), m - 1);
        for (int[] first : firsts) {
            images[0] = first;
            for (int r = 0; r < rest; r++) {
                if (ctx.timeUp()) {
                    return;
                }
                int x = r;
                for (int a = 1; a < m; a++) {
                    images[a] = words.get(x % words.size());
                    x /= words.size();
                }
                if (!usesAllLetters(images, m)) {
                    continue;
                }
                int[] w = Substitution.fixedPoint(images, t.length);
                int[] coding = coding(w, t, m, k);
                if (coding != null) {
                    ctx.offer(new Substitution(copy(images), coding, k));
                }
            }
        }
    }

    private static boolean usesAllLetters(int[][] images, int m) {
        boolean[] used = new boolean[m];
        used[0] = true;
        for (int[] im : images) {
            for (int x : im) {
                used[x] = true;
            }
        }
        for (boolean u : used) {
            if (!u) {
                return false;
            }
        }
        return true;
    }

    /** The coding that maps w onto t letter by letter, or null when none does (or w is too short). */
    private static int[] coding(int[] w, int[] t, int m, int k) {
        if (w.length < t.length) {
            return null;
        }
        int[] c = new int[m];
        java.util.Arrays.fill(c, -1);
        for (int i = 0; i < t.length; i++) {
            if (c[w[i]] < 0) {
                c[w[i]] = t[i];
            } else if (c[w[i]] != t[i]) {
                return null;
            }
        }
        for (int a = 0; a < m; a++) {
            if (c[a] < 0) {
                c[a] = 0;
            }
        }
        return c;
    }

    private static int[][] copy(int[][] images) {
        int[][] out = new int[images.length][];
        for (int a = 0; a < images.length; a++) {
            out[a] = images[a].clone();
        }
        return out;
    }

}
