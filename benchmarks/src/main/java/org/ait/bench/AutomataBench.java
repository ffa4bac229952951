package org.ait.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.Identification;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.automata.RuleIdentifier;
import org.ait.synth.automata.internal.Search;
import org.ait.synth.automata.internal.Transitions;
import org.ait.synth.mdl.ProgramPrior;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cellular-automaton identification, one thread, rules checked per second on a 64x64 diagram (64 steps of 64
 * cells; ops/s below are rules/s, each benchmark divides by the rules it checks). {@code countAllRules*}: the count
 * pass alone, which prices every rule of a family (256 elementary, 2,187 three-colour) under the plain code from one
 * pass; baseline {@code simulateEachRule}: every elementary rule checked by stepping each observed row and comparing
 * (one pass per rule). {@code identify*}: whole identifications (pricing, denoising decoder where it can matter,
 * ties, ranking), all three boundaries, so 768 or 6,561 candidates per identification; clean and with 5 % flips.
 * {@code identifyLifeLike}: 2^18 rules, 10 frames of 32x32. Run:
 * {@code mvn -B -Pbench verify -DskipTests -Djmh.args="AutomataBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class AutomataBench {

    static final int SIDE = 64;

    private Diagram elementary;
    private Diagram noisy;
    private Diagram threeColour;
    private Diagram life;
    private RuleIdentifier eca;
    private RuleIdentifier k3;
    private RuleIdentifier lifeLike;

    @Setup
    public void setUp() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        elementary = run(RuleFamily.ELEMENTARY, 110, row(rng, SIDE, 2), SIDE);
        noisy = elementary.withFlips(0.05, 2, 2);
        threeColour = run(RuleFamily.totalistic(1, 3), 1599, row(rng, SIDE, 3), SIDE);
        life = new CaProgram(RuleFamily.LIFE_LIKE, RuleFamily.LIFE_LIKE.parseRule("B3/S23"), Boundary.CYCLIC, 32,
                row(rng, 32 * 32, 2)).run(10);
        eca = RuleIdentifier.of(RuleFamily.ELEMENTARY);
        k3 = RuleIdentifier.of(RuleFamily.totalistic(1, 3));
        lifeLike = RuleIdentifier.of(RuleFamily.LIFE_LIKE).boundaries(Boundary.CYCLIC);
        identifyElementary();
        identifyThreeColour();
        identifyLifeLike();
    }

    static byte[] row(UniformRandomProvider rng, int n, int colours) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) rng.nextInt(colours);
        }
        return r;
    }

    static Diagram run(RuleFamily family, int rule, byte[] initial, int steps) {
        return new CaProgram(family, rule, Boundary.CYCLIC, initial.length, initial).run(steps);
    }

    @Benchmark
    @OperationsPerInvocation(256)
    public Object countAllRulesElementary() {
        return new Transitions(elementary, 0, RuleFamily.ELEMENTARY, Boundary.CYCLIC);
    }

    @Benchmark
    @OperationsPerInvocation(2187)
    public Object countAllRulesThreeColour() {
        return new Transitions(threeColour, 0, RuleFamily.totalistic(1, 3), Boundary.CYCLIC);
    }

    /** Baseline: each rule checked on its own, stepping every observed row and comparing with the next. */
    @Benchmark
    @OperationsPerInvocation(256)
    public int simulateEachRule() {
        int total = 0;
        byte[][] rows = new byte[SIDE][];
        for (int t = 0; t < SIDE; t++) {
            rows[t] = elementary.cells(t);
        }
        for (int rule = 0; rule < 256; rule++) {
            CaProgram p = new CaProgram(RuleFamily.ELEMENTARY, rule, Boundary.CYCLIC, SIDE, rows[0]);
            for (int t = 1; t < SIDE; t++) {
                byte[] predicted = p.step(rows[t - 1]);
                for (int x = 0; x < SIDE; x++) {
                    total += predicted[x] != rows[t][x] ? 1 : 0;
                }
            }
        }
        return total;
    }

    /** The pricing of every candidate (count pass and denoising decoder), without ranking. */
    @Benchmark
    @OperationsPerInvocation(768)
    public Object scoreElementaryNoisy() {
        return new Search(noisy, List.of(RuleFamily.ELEMENTARY), List.of(Boundary.values()))
                .score(ProgramPrior.ALGORITHMIC);
    }

    @Benchmark
    @OperationsPerInvocation(768)
    public Identification identifyElementary() {
        return eca.identify(elementary);
    }

    @Benchmark
    @OperationsPerInvocation(768)
    public Identification identifyElementaryNoisy() {
        return eca.identify(noisy);
    }

    @Benchmark
    @OperationsPerInvocation(3 * 2187)
    public Identification identifyThreeColour() {
        return k3.identify(threeColour);
    }

    @Benchmark
    @OperationsPerInvocation(1 << 18)
    public Identification identifyLifeLike() {
        return lifeLike.identify(life);
    }
}
