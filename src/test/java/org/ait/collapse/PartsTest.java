package org.ait.collapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ait.collapse.data.Strings;
import org.ait.collapse.generators.EcaGenerator;
import org.ait.collapse.generators.Machine;
import org.ait.collapse.metrics.Row;
import org.ait.collapse.metrics.RowCsv;
import org.ait.tm.MachineSpace;
import org.ait.tm.TuringMachine;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** The parts of the harness, one by one. */
class PartsTest {

    @Test
    void schedulesParseAndEvaluate() {
        assertEquals(0.5, Schedule.parse("0.5").alpha(7, 100));
        assertEquals(0.01, Schedule.parse("1/n").alpha(3, 100));
        assertEquals(0.25, Schedule.parse("1/t").alpha(4, 100));
        assertEquals(0.5, Schedule.parse("1/sqrt(t)").alpha(4, 100));
        assertEquals(Math.pow(0.9, 3), Schedule.parse("0.9^t").alpha(3, 100), 1e-15);
        assertEquals(1.0, Schedule.parse("2/t").alpha(1, 100));
        assertEquals("1/sqrt(t)", Schedule.parse("1/sqrt(t)").label());
        assertEquals(8, Schedule.MAIN.size());
        for (String bad : List.of("1.5", "-0.1", "abc", "", "1/x", "2^t", "nan")) {
            assertThrows(IllegalArgumentException.class, () -> Schedule.parse(bad), bad);
        }
    }

    @Test
    void fastDiagramsEqualTheAutomataLibrary() {
        UniformRandomProvider rng = Streams.stream(1, 2, 3);
        for (int rule = 0; rule < 256; rule++) {
            byte[] row = EcaGenerator.randomRow(13, 0.5, rng);
            assertArrayEquals(EcaGenerator.referenceDiagram(rule, row, 9), EcaGenerator.diagram(rule, row, 9),
                    "rule " + rule);
        }
    }

    @Test
    void machinesMatchTheReferenceSimulator() {
        MachineSpace space = new MachineSpace(1, 2, 2);
        for (long i = 0; i < 10_000; i += 7) {
            Machine m = Machine.fromIndex(2, 2, i);
            TuringMachine.RunResult r = TuringMachine.fromIndex(space, i).run(30, null);
            byte[] out = m.run(new byte[0], 30);
            assertEquals(r.halted(), out != null, m.text());
            if (out != null) {
                StringBuilder s = new StringBuilder();
                for (byte b : out) {
                    s.append(b);
                }
                assertEquals(r.output(), s.toString(), m.text());
            }
            assertEquals(m.text(), Machine.parse(m.text()).text());
        }
        assertThrows(IllegalArgumentException.class, () -> Machine.parse("1RB1-H_0LA1RC"));
        assertThrows(IllegalArgumentException.class, () -> Machine.parse("1XB1-H"));
    }

    @Test
    void rowsSurviveCsvBitForBit() {
        Configuration<?> c = Catalog.configuration(Catalog.generator("eca:110:8:4"),
                Catalog.learner("eca-rule", Catalog.generator("eca:110:8:4"), 1), Schedule.parse("1/t"), Mode.REPLACE, 5,
                3);
        List<Row> rows = Loop.run(c, 4);
        List<Row> back = RowCsv.read(RowCsv.write(rows));
        assertEquals(rows, back);
        assertTrue(rows.get(3).model().contains("rule"));
    }

    @Test
    void namesFollowTheContract() {
        for (String g : List.of("categorical:10", "zipf:20:1.1", "gaussian:0:1", "gmm:3", "eca:110", "eca:30:16:10",
                "tm:1RB0RA_1-H1RA", "sequence:fibonacci", "law:x*sin(x)+1", "law:x**2:0.2:0:1")) {
            Catalog.generator(g);
        }
        Generator<?> eca = Catalog.generator("eca:110");
        for (String l : List.of("categorical-mle", "ngram:3", "eca-rule", "eca-rule+warm")) {
            Catalog.learner(l, eca, 1);
        }
        for (String l : List.of("gaussian-mle", "gaussian-unbiased", "kde:0.3", "kde-silverman", "gmm-em:2")) {
            Catalog.learner(l, Catalog.generator("gaussian:0:1"), 1);
        }
        Catalog.learner("add-beta:0.5", Catalog.generator("categorical:4"), 1);
        Catalog.learner("tm-ctm+warm", Catalog.generator("tm:1RB0RA_1-H1RA"), 1);
        Catalog.learner("sequence-synth", Catalog.generator("sequence:pell"), 1);
        Catalog.learner("formula-fit+warm", Catalog.generator("law:x"), 1);
        assertThrows(IllegalArgumentException.class, () -> Catalog.learner("gaussian-mle", eca, 1));
        assertThrows(IllegalArgumentException.class, () -> Catalog.learner("ngram:3+warm", eca, 1));
        assertThrows(IllegalArgumentException.class, () -> Catalog.learner("nope", eca, 1));
        assertThrows(IllegalArgumentException.class, () -> Catalog.generator("eca:300"));
        assertThrows(IllegalArgumentException.class, () -> Catalog.generator("sequence:nope"));
        assertThrows(IllegalArgumentException.class, () -> Catalog.generator("zipf:10"));
    }

    @Test
    void symbolicLearnerKeepsAFairInputModel() {
        Generator<?> g = Catalog.generator("eca:90:16:10");
        @SuppressWarnings("unchecked")
        Configuration<Strings> c = (Configuration<Strings>) Catalog.configuration(g,
                Catalog.learner("eca-rule+warm", g, 1), Schedule.parse("0"), Mode.REPLACE, 20, 50);
        for (long seed = 1; seed <= 5; seed++) {
            List<Row> rows = Loop.run(c, seed);
            assertTrue(rows.get(50).model().contains("q=0.500"), rows.get(50).model());
            assertEquals(1, rows.get(50).mechanismRecovered());
        }
    }

    @Test
    void fastNormalCdfMatchesTheContinuedFraction() {
        UniformRandomProvider rng = Streams.stream(9, 9, 9);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double z = (2 * rng.nextDouble() - 1) * 10;
            worst = Math.max(worst, Math.abs(NormalCdf.value(z) - NormalCdf.exact(z)));
        }
        assertTrue(worst < 1e-12, "largest error " + worst);
        assertEquals(0.5, NormalCdf.value(0), 1e-15);
        assertEquals(0.975002104851780, NormalCdf.value(1.96), 1e-12);
        assertEquals(0, NormalCdf.value(-9));
        assertEquals(1, NormalCdf.value(9));
    }
}
