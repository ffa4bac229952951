package org.ait.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ait.tm.BuildMethod;
import org.ait.tm.BuildPlan;
import org.ait.tm.BuildSpec;
import org.ait.tm.MachineSpace;
import org.ait.tm.PartialSums;
import org.ait.tm.UnitRunner;
import org.ait.tm.WorkUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The build engine's parts, single thread: a {@link UnitRunner} over every unit of a plan (units/s and tree nodes/s in
 * the counters; compare with {@code TreeEnumeratorBench.walkWholeTree}, the walker alone over the whole tree), a
 * sampled batch, the exact merge of per-task sums and their byte form (what a Spark task hands back).
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="WorkUnitBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class WorkUnitBench {

    @Param({"3:21", "4:107"})
    public String space;

    private BuildSpec spec;
    private BuildPlan plan;
    private UnitRunner runner;
    /** Sums of the plan's units in groups of 16, as local workers hand them over. */
    private List<PartialSums> chunks;
    private byte[] merged;
    private UnitRunner sampler;
    private WorkUnit batch;

    @Setup
    public void setUp() {
        String[] p = space.split(":");
        spec = BuildSpec.exhaustive(new MachineSpace(1, Integer.parseInt(p[0]), 2), Integer.parseInt(p[1]));
        plan = spec.plan();
        runner = spec.runner();
        chunks = new ArrayList<>();
        for (int i = 0; i < plan.units().size(); i += 16) {
            chunks.add(runner.run(plan.units().subList(i, Math.min(i + 16, plan.units().size())), spec));
        }
        merged = mergeAll().toBytes();
        BuildSpec sampled = new BuildSpec(new MachineSpace(1, Integer.parseInt(p[0]), 2), Integer.parseInt(p[1]),
                new BuildMethod.Sampled(1 << 14, 1), BuildSpec.ALL, false);
        sampler = sampled.runner();
        batch = sampled.plan().units().get(0);
    }

    /** Every unit of the plan through one runner. */
    @Benchmark
    public long runAllUnits(BuildCounters work) {
        PartialSums sums = runner.run(plan.units(), spec);
        work.nodes += sums.nodes();
        work.units += plan.units().size();
        return sums.nodes();
    }

    /** One batch of 16,384 draws. */
    @Benchmark
    public long runDrawBatch(BuildCounters work) {
        PartialSums sums = PartialSums.empty(spec.withWitnesses(false));
        sampler.run(batch, sums);
        work.nodes += sums.nodes();
        work.units++;
        return sums.nodes();
    }

    /** The exact merge of all per-chunk sums (with witnesses) into one. */
    @Benchmark
    public PartialSums mergeChunks(BuildCounters work) {
        work.units += chunks.size();
        return mergeAll();
    }

    private PartialSums mergeAll() {
        PartialSums all = PartialSums.empty(spec);
        for (PartialSums c : chunks) {
            all.merge(c);
        }
        return all;
    }

    /** The merged sums to bytes and back (a task's result crossing the network). */
    @Benchmark
    public PartialSums bytesRoundTrip() {
        return PartialSums.fromBytes(PartialSums.empty(spec).merge(PartialSums.fromBytes(merged)).toBytes());
    }
}
