package org.ait.tm.internal;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;

/**
 * Exact sums collected over part of the tree: halting weight per output (packed code, or the string itself
 * when too long to pack) and the weight of every kind of leaf. Sums of integers, so merging in any order
 * gives the same result: this is what makes tables independent of the thread count.
 */
public final class Partial {

    public final Long2LongOpenHashMap counts = new Long2LongOpenHashMap();
    public final Object2LongOpenHashMap<String> longCounts = new Object2LongOpenHashMap<>();
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

    public void merge(Partial other) {
        for (Long2LongMap.Entry e : other.counts.long2LongEntrySet()) {
            counts.addTo(e.getLongKey(), e.getLongValue());
        }
        for (Object2LongMap.Entry<String> e : other.longCounts.object2LongEntrySet()) {
            longCounts.addTo(e.getKey(), e.getLongValue());
        }
        halting = Math.addExact(halting, other.halting);
        provedNonHalting = Math.addExact(provedNonHalting, other.provedNonHalting);
        cutOff = Math.addExact(cutOff, other.cutOff);
        nodes += other.nodes;
        steps += other.steps;
    }

    /** Weight of all leaves; equals the size of the space once the whole tree is in. */
    public long totalWeight() {
        return Math.addExact(Math.addExact(halting, provedNonHalting), cutOff);
    }
}
