package org.ait.tm.internal;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The sections of partial sums as bytes: shared by checkpoints and by sums shipped between processes. */
public final class PartialCodec {

    private PartialCodec() {
    }

    public static void writeLongMap(DataOutput out, Long2LongMap map) throws IOException {
        out.writeInt(map.size());
        for (Long2LongMap.Entry e : map.long2LongEntrySet()) {
            out.writeLong(e.getLongKey());
            out.writeLong(e.getLongValue());
        }
    }

    /** Reads entries into {@code into}, sized first: entries arrive in another map's slot order, which clusters. */
    public static void readLongMap(DataInput in, Long2LongOpenHashMap into) throws IOException {
        int size = in.readInt();
        into.ensureCapacity(size);
        for (int i = 0; i < size; i++) {
            into.put(in.readLong(), in.readLong());
        }
    }

    public static void writeStringMap(DataOutput out, Object2LongMap<String> map) throws IOException {
        out.writeInt(map.size());
        for (Object2LongMap.Entry<String> e : map.object2LongEntrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getLongValue());
        }
    }

    public static void readStringMap(DataInput in, Object2LongOpenHashMap<String> into) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            into.put(in.readUTF(), in.readLong());
        }
    }

    /** The witness sections: a flag, then the packed and the long witnesses. */
    public static void writeWitnesses(DataOutput out, Partial sums) throws IOException {
        out.writeBoolean(sums.witnesses != null);
        if (sums.witnesses == null) {
            return;
        }
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
        for (Map.Entry<String, long[]> e : sums.longWitnesses.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue()[0]);
            out.writeLong(e.getValue()[1]);
        }
    }

    public static void readWitnesses(DataInput in, Partial into) throws IOException {
        if (!in.readBoolean()) {
            into.witnesses = null;
            into.longWitnesses = null;
            return;
        }
        int size = in.readInt();
        into.witnesses = new WitnessMap(size);
        for (int i = 0; i < size; i++) {
            into.witnesses.offer(in.readLong(), in.readLong(), in.readLong());
        }
        size = in.readInt();
        into.longWitnesses = new HashMap<>();
        for (int i = 0; i < size; i++) {
            into.longWitnesses.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
        }
    }

    /** All of a partial sum. */
    public static void write(DataOutput out, Partial sums) throws IOException {
        out.writeLong(sums.halting);
        out.writeLong(sums.provedNonHalting);
        out.writeLong(sums.cutOff);
        out.writeLong(sums.nodes);
        out.writeLong(sums.steps);
        out.writeLong(sums.unmirroredHalting);
        writeLongMap(out, sums.counts);
        writeStringMap(out, sums.longCounts);
        writeLongMap(out, sums.unmirrored);
        writeLongMap(out, sums.squareExcess);
        writeWitnesses(out, sums);
    }

    public static Partial read(DataInput in) throws IOException {
        Partial sums = new Partial();
        sums.halting = in.readLong();
        sums.provedNonHalting = in.readLong();
        sums.cutOff = in.readLong();
        sums.nodes = in.readLong();
        sums.steps = in.readLong();
        sums.unmirroredHalting = in.readLong();
        readLongMap(in, sums.counts);
        readStringMap(in, sums.longCounts);
        readLongMap(in, sums.unmirrored);
        readLongMap(in, sums.squareExcess);
        readWitnesses(in, sums);
        return sums;
    }
}
