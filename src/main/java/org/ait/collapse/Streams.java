package org.ait.collapse;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams of a run: one per (configuration, seed, purpose), each a XO_RO_SHI_RO_128_PP generator whose
 * 128-bit seed is SplitMix64-mixed from the configuration's digest, the seed and the purpose. Runs never share a
 * stream, so results do not depend on the order or the thread in which runs execute.
 */
public final class Streams {

    /** The stream that samples real data, synthetic data and learners' random starts. */
    public static final int TRAINING = 1;
    /** The stream of evaluation samples and recovery checks (measuring never moves the training stream). */
    public static final int EVALUATION = 2;
    /** The stream of the held-out real sample. */
    public static final int HELD_OUT = 3;

    private Streams() {
    }

    public static UniformRandomProvider stream(long configuration, long seed, int purpose) {
        long a = mix(configuration ^ mix(seed) ^ mix(0x9E3779B97F4A7C15L * purpose));
        long b = mix(a ^ 0xD1B54A32D192ED03L);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {a, b});
    }

    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
