package org.ait.tm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.PartialCodec;

/**
 * Exact sums over some units of a build: counts per output, leaf weights, work done and, where kept, the least witness
 * per output. Integer sums and minima, so {@link #merge} in any order and any grouping gives the same result; this is
 * the whole of what a worker hands back, and bytes of it travel between processes.
 */
public final class PartialSums {

    private static final long MAGIC = 0x41495453554d5331L; // "AITSUMS1"

    private final Partial partial;

    PartialSums(Partial partial) {
        this.partial = partial;
    }

    /** Empty sums of a build (with a place for witnesses when the build keeps them). */
    public static PartialSums empty(BuildSpec spec) {
        return new PartialSums(new Partial(spec.keepsWitnesses()));
    }

    Partial partial() {
        return partial;
    }

    /** Adds {@code other} into these sums; {@code other} is left as it was. */
    public PartialSums merge(PartialSums other) {
        partial.merge(other.partial);
        return this;
    }

    public long nodes() {
        return partial.nodes;
    }

    public long steps() {
        return partial.steps;
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(MAGIC);
            PartialCodec.write(out, partial);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PartialSums fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readLong() != MAGIC) {
                throw new IllegalArgumentException("not ait partial sums");
            }
            PartialSums s = new PartialSums(PartialCodec.read(in));
            if (in.available() > 0) {
                throw new IllegalArgumentException("partial sums with trailing bytes");
            }
            return s;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated partial sums", e);
        }
    }
}
