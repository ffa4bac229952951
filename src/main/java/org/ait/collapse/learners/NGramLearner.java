package org.ait.collapse.learners;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ait.collapse.Learner;
import org.ait.collapse.Model;
import org.ait.collapse.Sampling;
import org.ait.collapse.data.Strings;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * An order-k Markov chain (an n-gram model, n = k + 1) over the symbols of strings, fitted by maximum likelihood
 * ({@code ngram:K}): each symbol is predicted from the k before it, the string's start padded with a start symbol.
 * When all training strings have one length, the model writes strings of that length; otherwise an end symbol is
 * part of the chain and lengths are learned too.
 */
public final class NGramLearner implements Learner<Strings> {

    private final int order;

    public NGramLearner(int order) {
        if (order < 0 || order > 12) {
            throw new IllegalArgumentException("ngram:K needs K between 0 and 12, got " + order);
        }
        this.order = order;
    }

    @Override
    public String name() {
        return "ngram:" + order;
    }

    @Override
    public Class<Strings> dataType() {
        return Strings.class;
    }

    @Override
    public Model<Strings> fit(Strings data, Model<Strings> previous, UniformRandomProvider rng) {
        int a = data.alphabet();
        int fixed = data.length(0);
        for (int i = 1; i < data.size() && fixed >= 0; i++) {
            if (data.length(i) != fixed) {
                fixed = -1;
            }
        }
        int outcomes = fixed >= 0 ? a : a + 1; // symbol a = end of string
        Map<Long, long[]> counts = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            byte[] s = data.item(i);
            long ctx = start(a);
            for (int j = 0; j <= s.length; j++) {
                if (j == s.length && fixed >= 0) {
                    break;
                }
                int next = j < s.length ? s[j] : a;
                counts.computeIfAbsent(ctx, c -> new long[outcomes])[next]++;
                ctx = shift(ctx, next, a);
            }
        }
        return new NGramModel(a, order, fixed, counts);
    }

    /** The context of k start symbols. */
    long start(int a) {
        long ctx = 0;
        for (int i = 0; i < order; i++) {
            ctx = ctx * (a + 2) + (a + 1);
        }
        return ctx;
    }

    long shift(long ctx, int symbol, int a) {
        return shift(ctx, symbol, a, modulus(a));
    }

    /** (a + 2)^(k - 1): the context keeps its last k - 1 symbols modulo this. */
    long modulus(int a) {
        long mod = 1;
        for (int i = 0; i < order - 1; i++) {
            mod *= a + 2;
        }
        return mod;
    }

    long shift(long ctx, int symbol, int a, long modulus) {
        return order == 0 ? 0 : (ctx % modulus) * (a + 2) + symbol;
    }

    /** The fitted chain. */
    final class NGramModel implements Model<Strings> {
        private final int alphabet;
        private final int order;
        private final int fixedLength;
        private final Map<Long, long[]> counts;
        private final Long2ObjectOpenHashMap<double[]> cumulative = new Long2ObjectOpenHashMap<>();
        private final long modulus;

        NGramModel(int alphabet, int order, int fixedLength, Map<Long, long[]> counts) {
            this.alphabet = alphabet;
            this.order = order;
            this.fixedLength = fixedLength;
            this.counts = counts;
            this.modulus = modulus(alphabet);
            for (Map.Entry<Long, long[]> e : counts.entrySet()) {
                double[] p = new double[e.getValue().length];
                for (int i = 0; i < p.length; i++) {
                    p[i] = e.getValue()[i];
                }
                cumulative.put(e.getKey(), Sampling.cumulative(p));
            }
        }

        @Override
        public Strings sample(int n, UniformRandomProvider rng) {
            List<byte[]> items = new ArrayList<>(n);
            int maxLength = fixedLength >= 0 ? fixedLength : 4096;
            for (int i = 0; i < n; i++) {
                byte[] buf = new byte[maxLength];
                int len = 0;
                long ctx = start(alphabet);
                while (len < maxLength) {
                    double[] c = cumulative.get(ctx);
                    int next = c == null ? rng.nextInt(alphabet) : Sampling.categorical(c, rng);
                    if (next == alphabet) {
                        break;
                    }
                    buf[len++] = (byte) next;
                    ctx = shift(ctx, next, alphabet, modulus);
                }
                items.add(java.util.Arrays.copyOf(buf, len));
            }
            return new Strings(alphabet, items);
        }

        /** The average entropy of the next symbol given the context, weighted by the contexts' training counts. */
        @Override
        public double entropyBits() {
            double total = 0;
            double h = 0;
            for (long[] c : counts.values()) {
                long s = 0;
                for (long v : c) {
                    s += v;
                }
                for (long v : c) {
                    if (v > 0) {
                        h -= v * Math.log((double) v / s);
                    }
                }
                total += s;
            }
            return h / total / Math.log(2);
        }

        @Override
        public double logLikelihoodBits(Strings data) {
            double ll = 0;
            for (int i = 0; i < data.size(); i++) {
                byte[] s = data.item(i);
                long ctx = start(alphabet);
                for (int j = 0; j <= s.length; j++) {
                    if (j == s.length && fixedLength >= 0) {
                        if (s.length != fixedLength) {
                            return Double.NEGATIVE_INFINITY;
                        }
                        break;
                    }
                    int next = j < s.length ? s[j] : alphabet;
                    long[] c = counts.get(ctx);
                    if (c == null || next >= c.length || c[next] == 0) {
                        return Double.NEGATIVE_INFINITY;
                    }
                    long sum = 0;
                    for (long v : c) {
                        sum += v;
                    }
                    ll += Math.log((double) c[next] / sum);
                    ctx = shift(ctx, next, alphabet);
                }
            }
            return ll / Math.log(2);
        }
    }
}
