package org.ait.collapse.learners;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Machine outputs as small integers, so that a candidate's behaviour (its output on every input) is an int array and
 * checking it against observed (input, output) pairs is a few comparisons. Ids only ever stand for equality: which id
 * an output gets depends on the order of first use, never a result.
 */
final class OutputIds {

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();

    private OutputIds() {
    }

    private static String key(byte[] output) {
        return new String(output, StandardCharsets.ISO_8859_1);
    }

    /** The id of an output, given one if new. */
    static synchronized int intern(byte[] output) {
        return IDS.computeIfAbsent(key(output), k -> IDS.size());
    }

    /** The id of an output, or -1 when no candidate has it (then no candidate reproduces it). */
    static int lookup(byte[] output) {
        Integer id = IDS.get(key(output));
        return id == null ? -1 : id;
    }

    /** A behaviour as ids, one per input. */
    static int[] of(byte[][] behaviour) {
        int[] ids = new int[behaviour.length];
        for (int v = 0; v < ids.length; v++) {
            ids[v] = intern(behaviour[v]);
        }
        return ids;
    }

    /** Class numbers of behaviours: equal behaviours, equal numbers (0, 1, ... in order of first appearance). */
    static int[] classes(List<int[]> behaviours) {
        Map<String, Integer> seen = new HashMap<>();
        int[] out = new int[behaviours.size()];
        for (int m = 0; m < out.length; m++) {
            out[m] = seen.computeIfAbsent(Arrays.toString(behaviours.get(m)), k -> seen.size());
        }
        return out;
    }
}
