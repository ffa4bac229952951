package org.ait.tm.internal;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
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
        out.writeInt(sums.counts.size());
        for (Long2LongMap.Entry e : sums.counts.long2LongEntrySet()) {
            out.writeLong(e.getLongKey());
            out.writeLong(e.getLongValue());
        }
        out.writeInt(sums.longCounts.size());
        for (Object2LongMap.Entry<String> e : sums.longCounts.object2LongEntrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getLongValue());
        }
        out.writeLong(sums.unmirroredHalting);
        out.writeInt(sums.unmirrored.size());
        for (Long2LongMap.Entry e : sums.unmirrored.long2LongEntrySet()) {
            out.writeLong(e.getLongKey());
            out.writeLong(e.getLongValue());
        }
        out.writeInt(sums.squareExcess.size());
        for (Long2LongMap.Entry e : sums.squareExcess.long2LongEntrySet()) {
            out.writeLong(e.getLongKey());
            out.writeLong(e.getLongValue());
        }
        out.writeBoolean(sums.witnesses != null);
        if (sums.witnesses != null) {
            out.writeInt(sums.witnesses.size());
            IOException[] failed = {null};
            sums.witnesses.forEach((output, order, machine) -> {
                try {
                    out.writeLong(output);
                    out.writeLong(order);
                    out.writeLong(machine);
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            out.writeInt(sums.longWitnesses.size());
            for (java.util.Map.Entry<String, long[]> e : sums.longWitnesses.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
            }
        }
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
            int size = in.readInt();
            // Entries come in another map's slot order: size the map first, or linear probing clusters badly.
            sums.counts.ensureCapacity(size);
            for (int i = 0; i < size; i++) {
                sums.counts.put(in.readLong(), in.readLong());
            }
            size = in.readInt();
            for (int i = 0; i < size; i++) {
                sums.longCounts.put(in.readUTF(), in.readLong());
            }
            sums.unmirroredHalting = in.readLong();
            size = in.readInt();
            for (int i = 0; i < size; i++) {
                sums.unmirrored.put(in.readLong(), in.readLong());
            }
            size = in.readInt();
            sums.squareExcess.ensureCapacity(size);
            for (int i = 0; i < size; i++) {
                sums.squareExcess.put(in.readLong(), in.readLong());
            }
            if (magic == MAGIC && in.readBoolean()) {
                size = in.readInt();
                sums.witnesses = new WitnessMap(size);
                for (int i = 0; i < size; i++) {
                    sums.witnesses.offer(in.readLong(), in.readLong(), in.readLong());
                }
                size = in.readInt();
                sums.longWitnesses = new java.util.HashMap<>();
                for (int i = 0; i < size; i++) {
                    sums.longWitnesses.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
                }
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
