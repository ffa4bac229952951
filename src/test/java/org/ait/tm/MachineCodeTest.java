package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Machine codes: the text round-trips, codes order as their texts do, and each symmetry does to a machine's run what
 * it says (checked with the plain simulators on random machines).
 */
class MachineCodeTest {

    static final MachineSpace D5 = new MachineSpace(1, 5, 2);
    static final MachineSpace T5 = new MachineSpace(2, 5, 2);

    /** A random partial machine: each transition undefined with probability 1/4, else uniform. */
    static long random(MachineSpace space, SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        String moves = space.dim() == 1 ? "LR" : "UDLR";
        for (int q = 0; q < space.states(); q++) {
            if (q > 0) {
                sb.append('_');
            }
            for (int s = 0; s < 2; s++) {
                int kind = r.nextInt(8);
                if (kind < 2) {
                    sb.append("---");
                } else if (kind < 3) {
                    sb.append(r.nextInt(2)).append("-H");
                } else {
                    sb.append(r.nextInt(2)).append(moves.charAt(r.nextInt(moves.length())))
                            .append((char) ('A' + r.nextInt(space.states())));
                }
            }
        }
        return MachineCode.parse(sb.toString(), space);
    }

    @Test
    void textRoundTripsAndOrdersAsTheCode() {
        SplittableRandom r = new SplittableRandom(1);
        for (MachineSpace space : new MachineSpace[] {D5, T5, new MachineSpace(1, 6, 2), new MachineSpace(1, 2, 3)}) {
            for (int i = 0; i < 5000; i++) {
                long a = random2(space, r);
                long b = random2(space, r);
                assertEquals(a, MachineCode.parse(MachineCode.text(a, space), space));
                assertEquals(Integer.signum(MachineCode.text(a, space).compareTo(MachineCode.text(b, space))),
                        Integer.signum(Long.compareUnsigned(a, b)), () -> MachineCode.text(a, space) + " vs "
                                + MachineCode.text(b, space));
            }
        }
        assertEquals("1RB1-H_0LA---", MachineCode.text(MachineCode.parse("1RB1-H_0LA---", new MachineSpace(1, 2, 2)),
                new MachineSpace(1, 2, 2)));
    }

    /** Random machines of any space that fits, through the text. */
    private static long random2(MachineSpace space, SplittableRandom r) {
        if (space.symbols() == 2) {
            return random(space, r);
        }
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < space.states(); q++) {
            if (q > 0) {
                sb.append('_');
            }
            for (int s = 0; s < space.symbols(); s++) {
                int kind = r.nextInt(6);
                int w = r.nextInt(space.symbols());
                sb.append(kind == 0 ? "---" : kind == 1 ? w + "-H"
                        : "" + w + (r.nextBoolean() ? 'L' : 'R') + (char) ('A' + r.nextInt(space.states())));
            }
        }
        return MachineCode.parse(sb.toString(), space);
    }

    @Test
    void symmetriesDoWhatTheySay() {
        SplittableRandom r = new SplittableRandom(2);
        int halted = 0;
        for (int i = 0; i < 20000; i++) {
            long m = random(D5, r);
            TuringMachine.RunResult run = TuringMachine.parse(MachineCode.text(m, D5)).run(60, 0, null);
            if (!run.halted()) {
                continue;
            }
            halted++;
            String mirrored = TuringMachine.parse(MachineCode.text(MachineCode.mirror(m, D5), D5)).run(60, 0, null)
                    .output();
            assertEquals(new StringBuilder(run.output()).reverse().toString(), mirrored);
            TuringMachine.RunResult c = TuringMachine.parse(MachineCode.text(MachineCode.complement(m, D5), D5))
                    .run(60, 1, null);
            assertEquals(run.output().replace('0', '2').replace('1', '0').replace('2', '1'), c.output());
            assertEquals(run.steps(), c.steps());
        }
        int halted2D = 0;
        for (int i = 0; i < 20000; i++) {
            long m = random(T5, r);
            TuringMachine.RunResult run = Turmite.parse(MachineCode.text(m, T5)).run(60, 0);
            if (!run.halted()) {
                continue;
            }
            halted2D++;
            assertEquals(Output2D.rotate(run.output()),
                    Turmite.parse(MachineCode.text(MachineCode.rotate(m, T5), T5)).run(60, 0).output());
            assertEquals(Output2D.flipRows(run.output()),
                    Turmite.parse(MachineCode.text(MachineCode.flipRows(m, T5), T5)).run(60, 0).output());
            assertEquals(run.output().replace('0', '2').replace('1', '0').replace('2', '1'),
                    Turmite.parse(MachineCode.text(MachineCode.complement(m, T5), T5)).run(60, 1).output());
        }
        assertEquals(true, halted > 1000 && halted2D > 1000, halted + " / " + halted2D + " halted");
    }

    @Test
    void statesAndTransitionsOfALeaf() {
        MachineSpace s3 = new MachineSpace(1, 3, 2);
        long m = MachineCode.parse("1RC---_------_0LA1-H", s3);
        assertEquals(2, MachineCode.states(m, s3));
        assertEquals(3, MachineCode.defined(m, s3));
    }

    @Test
    void badTextsAreRefused() {
        MachineSpace s2 = new MachineSpace(1, 2, 2);
        for (String bad : new String[] {"1RB1-H", "1RB1-H_0LA1RC", "1RB1-H_0XA1RB", "1RB1-H_0LA1R", "2RB1-H_0LA1RB"}) {
            assertThrows(IllegalArgumentException.class, () -> MachineCode.parse(bad, s2), bad);
            assertThrows(IllegalArgumentException.class, () -> TuringMachine.parse(bad).run(10, 0, null), bad);
        }
    }
}
