package org.ait.tm.internal;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import org.ait.tm.OutputCodec;

/**
 * Exact sums collected over part of the tree: halting weight per output (packed code, or the string itself
 * when too long to pack) and the weight of every kind of leaf. Sums of integers, so merging in any order
 * gives the same result: this is what makes tables independent of the thread count.
 *
 * <p>The walker enumerates only machines whose first move goes right; every such leaf also stands for its
 * mirror image (all moves swapped), which halts with the reversed output. {@link #counts}, {@link #halting},
 * {@link #provedNonHalting} and {@link #cutOff} hold the right-moving half; {@link #unmirrored} holds the
 * leaves that have no mirror twin (the root's halting children). {@link #unfold} turns the half into the whole.
 */
public final class Partial {

    public final Long2LongOpenHashMap counts = new Long2LongOpenHashMap();
    public final Object2LongOpenHashMap<String> longCounts = new Object2LongOpenHashMap<>();
    /** Outputs of leaves that are their own mirror image (the machines that halt on the first step). */
    public final Long2LongOpenHashMap unmirrored = new Long2LongOpenHashMap();
    public long unmirroredHalting;
    /**
     * Split sampling only: per canonical output pattern, the sum over split draws of x^2 - unit*x (x = the draw's
     * units on the pattern; at most 0), so that the sum of x^2 over all draws is unit * count + this.
     */
    public final Long2LongOpenHashMap squareExcess = new Long2LongOpenHashMap();
    /** Weight of halting leaves (machines halting within the cutoff). */
    public long halting;
    /** Weight of leaves proved non-halting by a detector. */
    public long provedNonHalting;
    /** Weight of leaves still running at the step cutoff. */
    public long cutOff;
    /** Partial transition tables visited (every node of the tree, halting leaves included). */
    public long nodes;
    /** Simulated steps (halting steps of halting leaves included). */
    public long steps;
    /**
     * The least witness per output of the walked half ({@link WitnessMap}), the root's halting children included;
     * null when witnesses are not collected (or some part of the sums was built without them).
     */
    public WitnessMap witnesses;
    /** Witnesses of outputs too long to pack: output -> {order, machine}; null with {@link #witnesses}. */
    public java.util.HashMap<String, long[]> longWitnesses;

    /** Sums without witnesses. */
    public Partial() {
    }

    /** Sums that collect witnesses when asked to. */
    public Partial(boolean witnessed) {
        if (witnessed) {
            witnesses = new WitnessMap();
            longWitnesses = new java.util.HashMap<>();
        }
    }

    /** Keeps a witness of a long output when it comes first. */
    public static void offer(java.util.Map<String, long[]> into, String output, long order, long machine) {
        long[] w = into.get(output);
        if (w == null) {
            into.put(output, new long[] {order, machine});
        } else if (WitnessMap.less(order, machine, w[0], w[1])) {
            w[0] = order;
            w[1] = machine;
        }
    }

    public void merge(Partial other) {
        // Keys arrive in the other map's slot order; with less room here than there, linear probing would cluster
        // them and the merge would turn quadratic (seen: a 40-million-output merge that did not end in 10 minutes).
        counts.ensureCapacity(counts.size() + other.counts.size());
        unmirrored.ensureCapacity(unmirrored.size() + other.unmirrored.size());
        for (Long2LongMap.Entry e : other.counts.long2LongEntrySet()) {
            counts.addTo(e.getLongKey(), e.getLongValue());
        }
        for (Object2LongMap.Entry<String> e : other.longCounts.object2LongEntrySet()) {
            longCounts.addTo(e.getKey(), e.getLongValue());
        }
        for (Long2LongMap.Entry e : other.unmirrored.long2LongEntrySet()) {
            unmirrored.addTo(e.getLongKey(), e.getLongValue());
        }
        squareExcess.ensureCapacity(squareExcess.size() + other.squareExcess.size());
        for (Long2LongMap.Entry e : other.squareExcess.long2LongEntrySet()) {
            squareExcess.addTo(e.getLongKey(), e.getLongValue());
        }
        unmirroredHalting = Math.addExact(unmirroredHalting, other.unmirroredHalting);
        halting = Math.addExact(halting, other.halting);
        provedNonHalting = Math.addExact(provedNonHalting, other.provedNonHalting);
        cutOff = Math.addExact(cutOff, other.cutOff);
        nodes += other.nodes;
        steps += other.steps;
        if (witnesses != null && other.witnesses != null) {
            witnesses.merge(other.witnesses);
            for (java.util.Map.Entry<String, long[]> e : other.longWitnesses.entrySet()) {
                offer(longWitnesses, e.getKey(), e.getValue()[0], e.getValue()[1]);
            }
        } else {
            // Sums of which some part has no witnesses have none: a partial minimum would be wrong.
            witnesses = null;
            longWitnesses = null;
        }
    }

    /**
     * The sums over the whole space: each right-moving leaf counted once as itself and once as its mirror twin
     * (reversed output), plus the unmirrored leaves.
     */
    public Partial unfold(int k) {
        Partial all = new Partial();
        all.counts.ensureCapacity(2 * counts.size() + unmirrored.size());
        for (Long2LongMap.Entry e : counts.long2LongEntrySet()) {
            all.counts.addTo(e.getLongKey(), e.getLongValue());
            all.counts.addTo(reverse(e.getLongKey(), k), e.getLongValue());
        }
        for (Long2LongMap.Entry e : unmirrored.long2LongEntrySet()) {
            all.counts.addTo(e.getLongKey(), e.getLongValue());
        }
        for (Object2LongMap.Entry<String> e : longCounts.object2LongEntrySet()) {
            all.longCounts.addTo(e.getKey(), e.getLongValue());
            all.longCounts.addTo(new StringBuilder(e.getKey()).reverse().toString(), e.getLongValue());
        }
        all.halting = Math.addExact(Math.multiplyExact(2, halting), unmirroredHalting);
        all.provedNonHalting = Math.multiplyExact(2, provedNonHalting);
        all.cutOff = Math.multiplyExact(2, cutOff);
        all.nodes = nodes;
        all.steps = steps;
        return all;
    }

    /**
     * The sums over the whole 2D space: each leaf of a machine whose first move goes right counted as itself and
     * as its three rotations (rotated outputs), plus the unrotated leaves (halting on the first step).
     */
    public Partial unfoldRotations(int k) {
        Partial all = new Partial();
        all.counts.ensureCapacity(4 * counts.size() + unmirrored.size());
        for (Long2LongMap.Entry e : counts.long2LongEntrySet()) {
            long code = e.getLongKey();
            for (int turn = 0; turn < 4; turn++) {
                all.counts.addTo(code, e.getLongValue());
                code = org.ait.tm.Output2D.rotate(code, k);
            }
        }
        for (Long2LongMap.Entry e : unmirrored.long2LongEntrySet()) {
            all.counts.addTo(e.getLongKey(), e.getLongValue());
        }
        for (Object2LongMap.Entry<String> e : longCounts.object2LongEntrySet()) {
            String s = e.getKey();
            for (int turn = 0; turn < 4; turn++) {
                all.longCounts.addTo(s, e.getLongValue());
                s = org.ait.tm.Output2D.rotate(s);
            }
        }
        all.halting = Math.addExact(Math.multiplyExact(4, halting), unmirroredHalting);
        all.provedNonHalting = Math.multiplyExact(4, provedNonHalting);
        all.cutOff = Math.multiplyExact(4, cutOff);
        all.nodes = nodes;
        all.steps = steps;
        return all;
    }

    /** Weight of all leaves of an unfolded sum; equals the size of the space once the whole tree is in. */
    public long totalWeight() {
        return Math.addExact(Math.addExact(halting, provedNonHalting), cutOff);
    }

    static long reverse(long code, int k) {
        int b = OutputCodec.bitsPerSymbol(k);
        int len = OutputCodec.length(code, k);
        long mask = (1L << b) - 1;
        long r = 1;
        for (int i = 0; i < len; i++) {
            r = (r << b) | ((code >>> (i * b)) & mask);
        }
        return r;
    }
}
