package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import org.ait.tm.TuringMachine;
import org.junit.jupiter.api.Test;

/**
 * k > 2 symbols: the table's D(s) = C(pattern) / (H0 k!/(k-j)!) against the definition computed independently,
 * D(s) = (1/k!) sum over all k! symbol permutations p of c0(p(s)) / H0, with c0 from running every machine.
 */
class SymbolPermutationTest {

    @Test
    void threeSymbolTableEqualsTheSymmetrisedBruteForceDistribution() throws IOException {
        MachineSpace space = new MachineSpace(1, 2, 3);
        int steps = 12;
        Object2LongOpenHashMap<String> c0 = new Object2LongOpenHashMap<>();
        long h0 = 0;
        byte[] tape = new byte[2 * steps + 3];
        for (long m = 0; m < space.size().longValueExact(); m++) {
            TuringMachine.RunResult r = TuringMachine.fromIndex(space, m).run(steps, tape);
            if (r.halted()) {
                c0.addTo(r.output(), 1);
                h0++;
            }
        }
        CtmTable table = Tables.fromEnumeration(new TreeEnumerator(space, steps).run());
        assertEquals(h0, table.halting());

        List<int[]> perms = new ArrayList<>();
        permutations(new int[] {0, 1, 2}, 0, perms);
        double total = 0;
        for (CtmTable.Row row : table.rows(Integer.MAX_VALUE)) {
            double sum = 0;
            for (int[] p : perms) {
                StringBuilder t = new StringBuilder();
                for (char c : row.output().toCharArray()) {
                    t.append((char) ('0' + p[c - '0']));
                }
                sum += c0.getLong(t.toString());
            }
            double d = sum / perms.size() / h0;
            assertEquals(-Math.log(d) / Math.log(2), row.complexity(), 1e-12, row.output());
            total += d;
        }
        assertEquals(1.0, total, 1e-12);
    }

    private static void permutations(int[] a, int i, List<int[]> out) {
        if (i == a.length) {
            out.add(a.clone());
            return;
        }
        for (int j = i; j < a.length; j++) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            permutations(a, i + 1, out);
            a[j] = a[i];
            a[i] = t;
        }
    }
}
