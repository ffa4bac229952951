package org.ait.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * D(6) (500 steps) with another unit split: seeded random units of the shipped build's plan (subtrees at 5 defined
 * transitions), each run whole on one thread and cut two transitions deeper, its pieces run on two threads and merged
 * in the order they finish. Every count, the halting weight, the non-halting weight and the node count must agree
 * (how the non-halting weight splits between proved and cut off may not: see {@link BuildPlanTest#assertSameSums}). The whole table
 * cannot be built twice in a session (17 hours on two cores); this reproduces a random part of it with a different
 * split and schedule. Minutes on two cores: run with {@code mvn -B verify -Pslow -Dtest=D6SplitTest}.
 */
@Tag("slow")
class D6SplitTest {

    /** Units compared (-Dait.d6.units=N for more). */
    private static final int UNITS = Integer.getInteger("ait.d6.units", 12);

    @Test
    void randomD6UnitsGiveTheSameSumsCutDeeper() throws Exception {
        BuildSpec d6 = BuildSpec.exhaustive(new MachineSpace(1, 6, 2), 500).withWitnesses(false);
        BuildPlan plan = d6.plan();
        BuildMethod.Exhaustive method = (BuildMethod.Exhaustive) d6.method();
        UnitRunner runner = d6.runner();
        Random random = new Random(6);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int u = 0; u < UNITS; u++) {
                int index = random.nextInt(plan.units().size());
                WorkUnit unit = plan.units().get(index);
                long t0 = System.nanoTime();
                PartialSums whole = PartialSums.empty(d6);
                runner.run(unit, whole);
                long t1 = System.nanoTime();
                PartialSums split = PartialSums.empty(d6);
                List<WorkUnit> pieces = method.split(d6, unit, 2, split);
                ExecutorCompletionService<PartialSums> done = new ExecutorCompletionService<>(pool);
                for (List<WorkUnit> half : halves(pieces)) {
                    done.submit(() -> d6.runner().run(half, d6));
                }
                for (int i = 0; i < 2; i++) {
                    split.merge(done.take().get());
                }
                long t2 = System.nanoTime();
                BuildPlanTest.assertSameSums(whole, split);
                System.out.printf("D(6) unit %d: %d nodes, halting weight %d, %d outputs; whole %.1f s, %d pieces"
                        + " on 2 threads %.1f s; proved non-halting %d whole, %d cut deeper%n", index, whole.nodes(),
                        whole.partial().halting, whole.partial().counts.size() + whole.partial().longCounts.size(),
                        (t1 - t0) / 1e9, pieces.size(), (t2 - t1) / 1e9, whole.partial().provedNonHalting,
                        split.partial().provedNonHalting);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every other piece to each thread: the two halves have similar work. */
    private static List<List<WorkUnit>> halves(List<WorkUnit> pieces) {
        List<List<WorkUnit>> h = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < pieces.size(); i++) {
            h.get(i % 2).add(pieces.get(i));
        }
        return h;
    }
}
