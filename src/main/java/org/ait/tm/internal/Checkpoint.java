package org.ait.tm.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import org.ait.io.InputException;
import org.ait.io.AtomicFiles;
import org.ait.io.Digests;

/**
 * The state of an interrupted build: which subtrees are finished and the exact sums over them, with their witnesses.
 * Written atomically with a SHA-256 trailer, so a checkpoint is either whole and verified or rejected. Checkpoints of
 * the previous layout ("AITCKPT5", before witnesses) still read, as sums without witnesses.
 */
public final class Checkpoint {

    private static final long MAGIC = 0x414954434b505436L; // "AITCKPT6"
    private static final long MAGIC_WITHOUT_WITNESSES = 0x414954434b505435L; // "AITCKPT5"

    /** Parameters that must match for a resume. */
    public record Key(int dim, int states, int symbols, int maxSteps, int maxSide, int splitDepth, int subtrees, long seed,
            long samples, long split) {
    }

    public final Key key;
    public final BitSet completed;
    public final Partial sums;
    public final long elapsedNanos;

    public Checkpoint(Key key, BitSet completed, Partial sums, long elapsedNanos) {
        this.key = key;
        this.completed = completed;
        this.sums = sums;
        this.elapsedNanos = elapsedNanos;
    }

    public void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(MAGIC);
        out.writeInt(key.dim());
        out.writeInt(key.states());
        out.writeInt(key.symbols());
        out.writeInt(key.maxSteps());
        out.writeInt(key.maxSide());
        out.writeInt(key.splitDepth());
        out.writeInt(key.subtrees());
        out.writeLong(key.seed());
        out.writeLong(key.samples());
        out.writeLong(key.split());
        long[] words = completed.toLongArray();
        out.writeInt(words.length);
        for (long w : words) {
            out.writeLong(w);
        }
        out.writeLong(sums.halting);
        out.writeLong(sums.provedNonHalting);
        out.writeLong(sums.cutOff);
        out.writeLong(sums.nodes);
        out.writeLong(sums.steps);
        out.writeLong(elapsedNanos);
        PartialCodec.writeLongMap(out, sums.counts);
        PartialCodec.writeStringMap(out, sums.longCounts);
        out.writeLong(sums.unmirroredHalting);
        PartialCodec.writeLongMap(out, sums.unmirrored);
        PartialCodec.writeLongMap(out, sums.squareExcess);
        PartialCodec.writeWitnesses(out, sums);
        out.flush();
        byte[] body = bytes.toByteArray();
        byte[] digest = Digests.sha256(body, 0, body.length);
        byte[] all = Arrays.copyOf(body, body.length + digest.length);
        System.arraycopy(digest, 0, all, body.length, digest.length);
        AtomicFiles.write(file, all);
    }

    /**
     * Reads a checkpoint.
     *
     * @throws InputException with a one-line message naming the file when it is not a checkpoint, corrupted or
     *                        truncated (a SHA-256 of the content ends the file)
     * @throws IOException    when the file cannot be read
     */
    public static Checkpoint read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads a checkpoint's bytes; {@code file} names them in messages.
     *
     * @throws InputException as {@link #read(Path)}
     */
    public static Checkpoint read(byte[] all, String file) {
        if (all.length < 40) {
            throw new InputException("checkpoint " + file + " is truncated");
        }
        int bodyLength = all.length - 32;
        byte[] digest = Digests.sha256(all, 0, bodyLength);
        if (!Arrays.equals(digest, 0, 32, all, bodyLength, all.length)) {
            throw new InputException("checkpoint " + file + " is corrupted or truncated (SHA-256 mismatch)");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, bodyLength));
            long magic = in.readLong();
            if (magic != MAGIC && magic != MAGIC_WITHOUT_WITNESSES) {
                throw new InputException(file + " is not an ait checkpoint");
            }
            Key key = new Key(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readLong(), in.readLong(), in.readLong());
            long[] words = new long[in.readInt()];
            for (int i = 0; i < words.length; i++) {
                words[i] = in.readLong();
            }
            Partial sums = new Partial();
            sums.halting = in.readLong();
            sums.provedNonHalting = in.readLong();
            sums.cutOff = in.readLong();
            sums.nodes = in.readLong();
            sums.steps = in.readLong();
            long elapsed = in.readLong();
            PartialCodec.readLongMap(in, sums.counts);
            PartialCodec.readStringMap(in, sums.longCounts);
            sums.unmirroredHalting = in.readLong();
            PartialCodec.readLongMap(in, sums.unmirrored);
            PartialCodec.readLongMap(in, sums.squareExcess);
            if (magic == MAGIC) {
                PartialCodec.readWitnesses(in, sums);
            }
            if (in.available() > 0) {
                throw new InputException("checkpoint " + file + " has trailing bytes");
            }
            return new Checkpoint(key, BitSet.valueOf(words), sums, elapsed);
        } catch (EOFException e) {
            throw new InputException("checkpoint " + file + " is truncated");
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory", e);
        } catch (RuntimeException e) {
            // Past the checksum, a field that cannot be decoded means a file of another program or version.
            throw new InputException("checkpoint " + file + " is damaged or of another version (" + e + ")");
        }
    }
}
