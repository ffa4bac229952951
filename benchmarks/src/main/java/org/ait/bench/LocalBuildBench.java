package org.ait.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.ait.tm.EnumerationResult;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
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
 * A whole local build on one thread through the public API (plan, units, merge, finish): builds/s, with work units/s
 * and tree nodes/s in the counters. The API call is the one the enumerator had before the engine was cut into specs,
 * plans and units, so this file also compiles against that code (with {@code r.subtrees()} for the unit count): run it
 * on both for the side-by-side figures in the README (with {@link BuildCounters}, which it counts into).
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="LocalBuildBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class LocalBuildBench {

    /** exhaustive:n:steps or sampled:n:steps (2^20 draws, seed 1). */
    @Param({"exhaustive:3:21", "exhaustive:4:107", "sampled:4:107"})
    public String build;

    private MachineSpace space;
    private int steps;
    private boolean sampled;

    @Setup
    public void setUp() {
        String[] p = build.split(":");
        sampled = p[0].equals("sampled");
        space = new MachineSpace(1, Integer.parseInt(p[1]), 2);
        steps = Integer.parseInt(p[2]);
    }

    @Benchmark
    public long build(BuildCounters work) throws IOException {
        TreeEnumerator e = new TreeEnumerator(space, steps).threads(1);
        if (sampled) {
            e.sample(1 << 20, 1);
        }
        EnumerationResult r = e.run();
        work.nodes += r.nodes();
        work.units += r.stats().units();
        return r.halting();
    }
}
