package org.ait.synth.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableFile;
import org.ait.tm.OutputCodec;
import org.junit.jupiter.api.Test;

/**
 * Class {@code tm} through the synthesizer: for every string of length at most 12 that D(5) has and every output of
 * D(4), the best program is a machine that, run by a simulator written here, prints exactly the string from its blank
 * tape within 500 steps, in the steps it states; its description length is the class tag plus the table's K; its count
 * and K, and those it reports for D(1)..D(5), are the tables' (read here from the files); its states are the fewest
 * of any table that has the string, and it is the witness of that smallest table too. Longer strings get the program
 * of their BDM value, whose blocks' machines print them in order.
 */
class MachineClassTest {

    private static final Synthesizer TM = Synthesizer.builder().classes(ProgramClasses.named(List.of("tm")))
            .timeSeconds(600).top(2).build();

    static CtmTable table(int states) throws IOException {
        return TableFile.read(Path.of("ctm-tables", "ctm-1d-s" + states + "-k2.ctm"));
    }

    @Test
    void everyStringOfD5UpToLength12AndEveryOutputOfD4() throws IOException {
        List<CtmTable> d = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            d.add(table(n));
        }
        List<String> strings = new ArrayList<>();
        for (int len = 1; len <= 12; len++) {
            for (long c = 0; c < 1L << len; c++) {
                String s = OutputCodec.unpack((1L << len) | c, 2);
                if (d.get(4).count(s) > 0) {
                    strings.add(s);
                }
            }
        }
        assertEquals(8188, strings.size());
        for (CtmTable.Row row : d.get(3).rows(99)) {
            if (row.output().length() > 12) {
                strings.add(row.output());
            }
        }
        for (String s : strings) {
            check(s, d);
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(String s, List<CtmTable> d) {
        SynthesisResult r = TM.synthesize(Sequence.symbols(s, 2), 3);
        RankedProgram best = r.best();
        assertEquals("tm", best.program().className(), s);
        Map<String, Object> f = best.program().fields();
        String machine = (String) f.get("machine");
        assertNotNull(machine, () -> s + ": " + best.program().text());
        int blank = (Integer) f.get("blank");
        PlainMachine.Run run = PlainMachine.run(machine, blank, 500);
        assertNotNull(run, () -> machine + " does not halt from blank " + blank);
        assertEquals(s, run.output(), () -> machine + " from blank " + blank);
        assertEquals(run.steps(), ((Number) f.get("steps")).longValue(), machine);
        assertEquals(0, best.candidate().exceptions().length);
        assertTrue(best.prediction().isEmpty(), "a halting machine predicts nothing");
        CtmTable d5 = d.get(4);
        assertEquals(d5.count(s), ((Number) f.get("count")).longValue(), s);
        assertEquals(d5.complexity(s), (Double) f.get("complexity"), 1e-12, s);
        assertEquals(ProgramClasses.TAG_BITS + d5.complexity(s), best.candidate().programBits(), 1e-12, s);
        int fewest = 1;
        while (d.get(fewest - 1).count(s) == 0) {
            fewest++;
        }
        assertEquals(fewest, (Integer) f.get("states"), s);
        assertEquals(fewest, machine.split("_").length, machine);
        // The same machine is the witness of the smallest table that has the string.
        org.ait.ctm.Witness small = d.get(fewest - 1).witness(s);
        assertEquals(small.machine().substring(0, machine.length()), machine, s);
        assertEquals(small.blank(), blank, s);
        List<Map<String, Object>> per = (List<Map<String, Object>>) f.get("tables");
        assertEquals(5 - fewest + 1, per.size(), s);
        for (int i = 0; i < per.size(); i++) {
            CtmTable t = d.get(fewest - 1 + i);
            assertEquals(t.name(), per.get(i).get("table"));
            assertEquals(t.count(s), ((Number) per.get(i).get("count")).longValue());
            assertEquals(t.complexity(s), (Double) per.get(i).get("complexity"), 1e-12);
        }
    }

    /**
     * The code a machine program writes when another class nests it: the states (Elias delta of n), the blank (1 bit),
     * each of the 2n transitions as one of 4n + 3 choices; different witnesses get different codes.
     */
    @Test
    void nestedMachinesHaveDistinctCodesOfTheStatedLength() throws IOException {
        java.util.Set<String> codes = new java.util.HashSet<>();
        java.util.Set<String> machines = new java.util.HashSet<>();
        for (CtmTable.Row row : table(3).rows(99)) {
            SequenceProgram p = TM.synthesize(Sequence.symbols(row.output(), 2), 0).best().program();
            int n = (Integer) p.fields().get("states");
            org.ait.synth.mdl.BitCode code = new org.ait.synth.mdl.BitCode();
            p.encode(code);
            int width = 32 - Integer.numberOfLeadingZeros(4 * n + 2);
            assertEquals(delta(n) + 1 + 2 * n * width, code.length(), p.text());
            codes.add(code.toString());
            machines.add(p.fields().get("machine") + "/" + p.fields().get("blank"));
        }
        assertEquals(machines.size(), codes.size());
        assertEquals(128, machines.size(), "every output of D(3) has its own witness");
    }

    /** Length of the Elias delta code of x >= 1. */
    private static int delta(long x) {
        int len = 64 - Long.numberOfLeadingZeros(x);
        int lenOfLen = 32 - Integer.numberOfLeadingZeros(len);
        return len + 2 * lenOfLen - 2;
    }

    /** Strings longer than D(5)'s blocks and the two of length 12 no (5,2) machine prints: BDM programs. */
    @Test
    @SuppressWarnings("unchecked")
    void longerStringsAreTheirBlocksMachinesInOrder() throws IOException {
        CtmTable d5 = table(5);
        SplittableRandom random = new SplittableRandom(12);
        List<String> strings = new ArrayList<>(List.of("000110100111", "111001011000", "0".repeat(40),
                "01".repeat(30) + "1"));
        for (int i = 0; i < 40; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 13 + random.nextInt(60);
            for (int j = 0; j < n; j++) {
                sb.append(random.nextInt(2));
            }
            strings.add(sb.toString());
        }
        for (String s : strings) {
            SynthesisResult r = TM.synthesize(Sequence.symbols(s, 2), 0);
            RankedProgram blocks = null;
            for (RankedProgram p : r.programs()) {
                if (p.program().fields().containsKey("blocks")) {
                    blocks = p;
                }
            }
            assertNotNull(blocks, s);
            assertEquals(d5.count(s) > 0 ? 2 : 1, r.programs().size(), s);
            Map<String, Object> f = blocks.program().fields();
            List<Map<String, Object>> list = (List<Map<String, Object>>) f.get("blocks");
            StringBuilder printed = new StringBuilder();
            double bdm = 0;
            for (int b : (List<Integer>) f.get("order")) {
                Map<String, Object> block = list.get(b - 1);
                String text = (String) block.get("block");
                if (block.get("machine") == null) {
                    assertEquals(0, d5.count(text), text);
                    printed.append(text);
                } else {
                    PlainMachine.Run run = PlainMachine.run((String) block.get("machine"), (Integer) block.get("blank"),
                            500);
                    assertNotNull(run, text);
                    assertEquals(text, run.output());
                    assertEquals(d5.complexity(text), (Double) block.get("complexity"), 1e-12);
                    printed.append(run.output());
                }
            }
            assertEquals(s, printed.toString());
            // The code: n and m (Elias delta), per distinct block a flag and K (a literal: its length and symbols),
            // per window which block, log2 m bits. Unlike the BDM value it says where each block goes.
            int m = list.size();
            int windows = ((List<Integer>) f.get("order")).size();
            double code = ProgramClasses.TAG_BITS + delta(s.length() + 1) + delta(m + 1) + windows * Math.log(m) / Math.log(2);
            for (Map<String, Object> block : list) {
                long n = ((Number) block.get("occurrences")).longValue();
                bdm += (Double) block.get("complexity") + Math.log(n) / Math.log(2);
                String text = (String) block.get("block");
                code += 1 + (block.get("machine") == null ? delta(text.length() + 1) + text.length()
                        : (Double) block.get("complexity"));
            }
            assertEquals(bdm, (Double) f.get("bdm_bits"), 1e-9);
            assertEquals(code, blocks.candidate().programBits(), 1e-9, s);
            if (list.stream().allMatch(b -> b.get("machine") != null)) {
                assertTrue(code > bdm + ProgramClasses.TAG_BITS, s); // (a literal costs less than BDM charges it)
            }
            assertEquals(0, blocks.candidate().exceptions().length, s);
        }
    }
}
