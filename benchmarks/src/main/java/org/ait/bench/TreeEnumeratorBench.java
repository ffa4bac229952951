package org.ait.bench;

import java.util.concurrent.TimeUnit;
import org.ait.tm.MachineSpace;
import org.ait.tm.TuringMachine;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.Walker1D;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tree enumeration and simulation speed, single thread.
 *
 * <ul>
 * <li>{@code walkWholeTree}: the whole (n,2) tree on one thread (trees/s); the aux counters give tree nodes/s
 * and simulated steps/s.</li>
 * <li>{@code referenceSimulator}: the baseline, the plain simulator running 10,000 random machines of the same
 * space one by one (batches/s; steps/s and machines/s in the counters), the way a naive enumerator would.</li>
 * </ul>
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="TreeEnumeratorBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TreeEnumeratorBench {

    @Param({"3:21", "4:107"})
    public String space;

    private Walker1D walker;

    /** Counted per benchmark operation and reported by JMH as rates. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Work {
        public long nodes;
        public long steps;

        @Setup(Level.Iteration)
        public void reset() {
            nodes = 0;
            steps = 0;
        }
    }

    @Setup
    public void setUp() {
        String[] p = space.split(":");
        walker = new Walker1D(new MachineSpace(1, Integer.parseInt(p[0]), 2), Integer.parseInt(p[1]));
    }

    @Benchmark
    public long walkWholeTree(Work work) {
        Partial out = new Partial();
        walker.walkRoot(out, Integer.MAX_VALUE, null);
        work.nodes += out.nodes;
        work.steps += out.steps;
        return out.halting;
    }

    private TuringMachine[] machines;
    private int maxSteps;
    private byte[] tape;

    @Setup
    public void setUpMachines() {
        String[] p = space.split(":");
        MachineSpace s = new MachineSpace(1, Integer.parseInt(p[0]), 2);
        maxSteps = Integer.parseInt(p[1]);
        tape = new byte[2 * maxSteps + 3];
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        machines = new TuringMachine[10_000];
        for (int i = 0; i < machines.length; i++) {
            machines[i] = TuringMachine.fromIndex(s, r.nextLong(s.size().longValueExact()));
        }
    }

    @Benchmark
    public long referenceSimulator(Work work) {
        long halted = 0;
        for (TuringMachine tm : machines) {
            TuringMachine.RunResult r = tm.run(maxSteps, tape);
            work.steps += r.steps();
            work.nodes++;
            if (r.halted()) {
                halted++;
            }
        }
        return halted;
    }
}
