package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * 2D turmites: the tree enumeration (rotation symmetry, detectors) against a plain simulator that runs every
 * machine of small spaces one by one, output by output, and the leaf weights against the space size.
 */
class Turmite2DTest {

    /** Runs one machine, decoded from its index, on an unbounded grid; returns its output or null. */
    static String runPlain(MachineSpace space, long index, int maxSteps) {
        int n = space.states();
        int k = space.symbols();
        int choices = space.choicesPerTransition();
        int nk = n * k;
        int[] kind = new int[nk];
        long rest = index;
        for (int i = 0; i < nk; i++) {
            kind[i] = (int) (rest % choices);
            rest /= choices;
        }
        Map<Long, Integer> grid = new HashMap<>();
        int r = 0;
        int c = 0;
        int rlo = 0;
        int rhi = 0;
        int clo = 0;
        int chi = 0;
        int q = 0;
        for (int step = 0; step < maxSteps; step++) {
            long key = ((long) r << 32) ^ (c & 0xffffffffL);
            int s = grid.getOrDefault(key, 0);
            int choice = kind[q * k + s];
            if (choice < k) {
                grid.put(key, choice);
                StringBuilder sb = new StringBuilder();
                for (int rr = rlo; rr <= rhi; rr++) {
                    if (rr > rlo) {
                        sb.append('-');
                    }
                    for (int cc = clo; cc <= chi; cc++) {
                        sb.append(OutputCodec.charOf(grid.getOrDefault(((long) rr << 32) ^ (cc & 0xffffffffL), 0)));
                    }
                }
                return sb.toString();
            }
            int x = choice - k;
            int write = x % k;
            int move = (x / k) % 4;
            int next = x / (4 * k);
            grid.put(key, write);
            switch (move) {
                case 0 -> r--;
                case 1 -> r++;
                case 2 -> c--;
                default -> c++;
            }
            rlo = Math.min(rlo, r);
            rhi = Math.max(rhi, r);
            clo = Math.min(clo, c);
            chi = Math.max(chi, c);
            q = next;
        }
        return null;
    }

    static Map<String, Long> bruteForce(MachineSpace space, int maxSteps) {
        Map<String, Long> counts = new TreeMap<>();
        long size = space.size().longValueExact();
        for (long m = 0; m < size; m++) {
            String out = runPlain(space, m, maxSteps);
            if (out != null) {
                counts.merge(out, 1L, Long::sum);
            }
        }
        return counts;
    }

    static Map<String, Long> tree(MachineSpace space, int maxSteps, int threads) throws IOException {
        EnumerationResult r = new TreeEnumerator(space, maxSteps).threads(threads).run();
        assertEquals(space.size().longValueExact(), r.totalWeight(), "leaf weights = space size");
        Map<String, Long> counts = new TreeMap<>();
        for (Long2LongMap.Entry e : r.counts().long2LongEntrySet()) {
            counts.merge(Output2D.toString(e.getLongKey(), space.symbols()), e.getLongValue(), Long::sum);
        }
        for (Object2LongMap.Entry<String> e : r.longCounts().object2LongEntrySet()) {
            counts.merge(e.getKey(), e.getLongValue(), Long::sum);
        }
        return counts;
    }

    @Test
    void treeEqualsBruteForceOnSmallSpaces() throws IOException {
        for (int[] c : new int[][] {{1, 2, 10}, {2, 2, 30}, {1, 3, 10}, {2, 2, 60}}) {
            MachineSpace space = new MachineSpace(2, c[0], c[1]);
            assertEquals(bruteForce(space, c[2]), tree(space, c[2], 2), space + " cutoff " + c[2]);
        }
    }

    @Test
    void leafWeightsAddUpToTheSpaceSize() throws IOException {
        for (int[] c : new int[][] {{3, 2, 50}, {3, 2, 200}, {2, 3, 40}, {4, 2, 20}}) {
            MachineSpace space = new MachineSpace(2, c[0], c[1]);
            EnumerationResult r = new TreeEnumerator(space, c[2]).threads(2).run();
            assertEquals(space.size().longValueExact(), r.totalWeight(), space + " cutoff " + c[2]);
        }
    }

    @Test
    void rotationOfCodesAndText() {
        long code = Output2D.parse("011-100", 2);
        assertEquals("10-01-01", Output2D.toString(Output2D.rotate(code, 2), 2));
        assertEquals("10-01-01", Output2D.rotate("011-100"));
        long x = code;
        for (int i = 0; i < 4; i++) {
            x = Output2D.rotate(x, 2);
        }
        assertEquals(code, x);
        assertEquals("001-011", Output2D.toString(Output2D.canonical(Output2D.parse("110-100", 2), 2), 2));
        assertEquals("012-0", Output2D.canonical("201-2"));
    }
}
