package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreeEnumeratorTest {

    /** Leaf weights of halting, proved non-halting and cut-off leaves add up to the space size. */
    @ParameterizedTest
    @CsvSource({"1,2,1", "2,2,6", "3,2,21", "4,2,107", "1,3,50", "2,3,100", "3,3,8", "2,4,40", "1,2,5", "2,2,3",
            "3,2,200", "4,2,30"})
    void leafWeightsAddUpToTheSpaceSize(int n, int k, int steps) throws IOException {
        MachineSpace space = new MachineSpace(1, n, k);
        EnumerationResult r = new TreeEnumerator(space, steps).threads(2).run();
        assertEquals(space.size().longValueExact(), r.totalWeight());
        long sum = 0;
        for (long c : r.counts().values()) {
            sum += c;
        }
        for (long c : r.longCounts().values()) {
            sum += c;
        }
        assertEquals(r.halting(), sum, "halting weight equals the sum of output counts");
    }

    /** Every machine run by the plain simulator gives the same c0 as the tree. */
    @ParameterizedTest
    @CsvSource({"1,2,1", "1,2,7", "2,2,6", "2,2,4", "2,2,30", "3,2,21", "1,3,9", "2,3,12"})
    void treeEqualsBruteForce(int n, int k, int steps) throws IOException {
        MachineSpace space = new MachineSpace(1, n, k);
        Long2LongOpenHashMap brute = new Long2LongOpenHashMap();
        long size = space.size().longValueExact();
        byte[] tape = new byte[2 * steps + 3];
        long halting = 0;
        for (long m = 0; m < size; m++) {
            TuringMachine.RunResult run = TuringMachine.fromIndex(space, m).run(steps, tape);
            if (run.halted()) {
                brute.addTo(OutputCodec.pack(run.output(), k), 1);
                halting++;
            }
        }
        EnumerationResult r = new TreeEnumerator(space, steps).threads(2).run();
        assertEquals(halting, r.halting());
        assertEquals(brute.size(), r.counts().size());
        for (Long2LongMap.Entry e : brute.long2LongEntrySet()) {
            assertEquals(e.getLongValue(), r.counts().get(e.getLongKey()),
                    () -> "c0 of " + OutputCodec.unpack(e.getLongKey(), k));
        }
    }

    @ParameterizedTest
    @CsvSource({"2,6,3044", "3,21,2147184", "4,107,2985384480"})
    void haltingCountsMatchPublished(int n, int steps, long h0) throws IOException {
        EnumerationResult r = new TreeEnumerator(new MachineSpace(1, n, 2), steps).run();
        assertEquals(h0, r.halting());
    }
}
