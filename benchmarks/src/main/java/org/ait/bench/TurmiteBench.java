package org.ait.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ait.tm.MachineSpace;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.Walker2D;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 2D turmite enumeration, single thread: the whole (3,2) tree at a 100-step cutoff (trees/s; tree nodes/s and
 * steps/s in the counters), against the baseline of simulating random (3,2) turmites one by one on a plain grid
 * (machines/s and steps/s). Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="TurmiteBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TurmiteBench {

    static final int STATES = 3;
    static final int STEPS = 100;

    /** Counted per benchmark operation and reported by JMH as rates. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Work {
        public long nodes;
        public long steps;
        public long machines;

        @Setup(Level.Iteration)
        public void reset() {
            nodes = 0;
            steps = 0;
            machines = 0;
        }
    }

    private Walker2D walker;
    private int[][] tables;
    private byte[] grid;

    @Setup
    public void setUp() {
        MachineSpace space = new MachineSpace(2, STATES, 2);
        walker = new Walker2D(space, STEPS);
        SplittableRandom r = new SplittableRandom(42);
        tables = new int[10_000][space.transitions()];
        for (int[] t : tables) {
            for (int i = 0; i < t.length; i++) {
                t[i] = r.nextInt(space.choicesPerTransition());
            }
        }
        grid = new byte[(2 * STEPS + 3) * (2 * STEPS + 3)];
    }

    @Benchmark
    public long walkWholeTree(Work work) {
        Partial out = new Partial();
        walker.walkRoot(out, Integer.MAX_VALUE, null);
        work.nodes += out.nodes;
        work.steps += out.steps;
        return out.halting;
    }

    /** Baseline: each machine run on its own, choice c < 2 halts writing c, else (next, move, write) = digits of c - 2. */
    @Benchmark
    public long plainSimulator(Work work) {
        int width = 2 * STEPS + 3;
        int[] delta = {-width, width, -1, 1};
        long halted = 0;
        int[] written = new int[STEPS];
        for (int[] t : tables) {
            int h = (width / 2) * width + width / 2;
            int q = 0;
            int s = 0;
            for (; s < STEPS; s++) {
                int c = t[q * 2 + grid[h]];
                written[s] = h;
                if (c < 2) {
                    grid[h] = (byte) c;
                    halted++;
                    s++;
                    break;
                }
                c -= 2;
                grid[h] = (byte) (c & 1);
                h += delta[(c >> 1) & 3];
                q = c >> 3;
            }
            for (int i = 0; i < s; i++) {
                grid[written[i]] = 0; // clear only what this run wrote
            }
            work.steps += s;
            work.machines++;
        }
        return halted;
    }
}
