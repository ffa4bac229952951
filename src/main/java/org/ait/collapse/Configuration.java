package org.ait.collapse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One configuration of a study: a truth, a learner, a schedule, a mode, n items a generation, T generations. The
 * learner must fit the generator's data; {@link Catalog} builds matching pairs from names.
 *
 * @param <D> the data type
 */
public record Configuration<D extends Dataset<D>>(Generator<D> generator, Learner<D> learner, Schedule schedule,
        Mode mode, int samples, int generations) {

    public Configuration {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
        if (generations < 0) {
            throw new IllegalArgumentException("generations must be at least 0, got " + generations);
        }
        if (learner.dataType() != generator.dataType()) {
            throw new IllegalArgumentException("learner " + learner.name() + " does not fit the data of generator "
                    + generator.spec());
        }
    }

    /** Everything that determines the results, as one string. */
    public String key() {
        return generator.spec() + " | " + learner.name() + " | " + mode.label() + " | " + schedule.label() + " | n="
                + samples + " | T=" + generations;
    }

    /** A 64-bit digest of {@link #key()}, the configuration's part of every random stream's seed. */
    public long digest() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key().getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
