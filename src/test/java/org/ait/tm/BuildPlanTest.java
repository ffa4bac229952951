package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ait.ctm.Provenance;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.junit.jupiter.api.Test;

/**
 * The engine's contract, as a distributed job uses it: units run one by one, in any order and grouping, their sums
 * sent as bytes and merged in any order, give the shipped table; a lost or doubled unit is caught.
 */
class BuildPlanTest {

    private static final BuildSpec D3 = BuildSpec.exhaustive(new MachineSpace(1, 3, 2), 21);

    @Test
    void unitsInAnyOrderAndGroupingGiveTheShippedTable() throws IOException {
        String shipped = TableFile.read(Path.of("ctm-tables", "ctm-1d-s3-k2.ctm")).provenance()
                .getString(Provenance.CONTENT_SHA256);
        BuildPlan plan = D3.plan();
        List<WorkUnit> units = new ArrayList<>(plan.units());
        Random random = new Random(11);
        for (int trial = 0; trial < 3; trial++) {
            Collections.shuffle(units, random);
            List<byte[]> parts = new ArrayList<>();
            UnitRunner runner = D3.runner();
            for (int i = 0; i < units.size(); ) {
                int group = 1 + random.nextInt(200);
                parts.add(runner.run(units.subList(i, Math.min(i + group, units.size())), D3).toBytes());
                i += group;
            }
            Collections.shuffle(parts, random);
            PartialSums all = PartialSums.empty(D3);
            for (byte[] part : parts) {
                all.merge(PartialSums.fromBytes(part));
            }
            assertEquals(shipped, TableFile.contentSha256(Tables.fromEnumeration(plan.finish(all, 1, 0))));
        }
    }

    @Test
    void unitsSplitDeeperGiveTheShippedTableAndTheSameWork() throws IOException {
        BuildSpec d4 = BuildSpec.exhaustive(new MachineSpace(1, 4, 2), 107);
        String shipped = TableFile.read(Path.of("ctm-tables", "ctm-1d-s4-k2.ctm")).provenance()
                .getString(Provenance.CONTENT_SHA256);
        BuildPlan plan = d4.plan();
        BuildMethod.Exhaustive method = (BuildMethod.Exhaustive) d4.method();
        UnitRunner runner = d4.runner();
        Random random = new Random(5);
        PartialSums whole = runner.run(plan.units(), d4);
        PartialSums split = PartialSums.empty(d4);
        long subunits = 0;
        for (WorkUnit unit : plan.units()) {
            List<WorkUnit> below = method.split(d4, unit, 1 + random.nextInt(3), split);
            subunits += below.size();
            Collections.reverse(below);
            split.merge(runner.run(below, d4));
        }
        assertEquals(true, subunits > 2 * plan.units().size(), "the split must cut most units");
        assertSameSums(whole, split);
        assertEquals(shipped, TableFile.contentSha256(Tables.fromEnumeration(plan.finish(split, 1, 0))));
    }

    @Test
    void turmiteUnitsSplitDeeperGiveTheSameSums() {
        BuildSpec spec = BuildSpec.exhaustive(new MachineSpace(2, 3, 2), 20);
        BuildMethod.Exhaustive method = (BuildMethod.Exhaustive) spec.method();
        UnitRunner runner = spec.runner();
        for (WorkUnit unit : spec.plan().units()) {
            PartialSums split = PartialSums.empty(spec);
            split.merge(runner.run(method.split(spec, unit, 2, split), spec));
            PartialSums whole = PartialSums.empty(spec);
            runner.run(unit, whole);
            assertSameSums(whole, split);
        }
    }

    /**
     * Every sum of a build, compared field by field (the bytes depend on hash-map order), except two that depend on
     * where the tree is cut, never a table value: a unit's run starts its cycle detectors afresh, so cutting deeper
     * costs steps, and a loop a detector would have proved with the whole history may run to the cutoff instead
     * (proved non-halting and cut off trade weight; their sum, all non-halting machines, is compared). The tree is
     * the same (a proved loop never reads an undefined transition), so are the node counts.
     */
    static void assertSameSums(PartialSums expected, PartialSums actual) {
        org.ait.tm.internal.Partial e = expected.partial();
        org.ait.tm.internal.Partial a = actual.partial();
        assertEquals(e.counts, a.counts);
        assertEquals(e.longCounts, a.longCounts);
        assertEquals(e.unmirrored, a.unmirrored);
        assertEquals(e.unmirroredHalting, a.unmirroredHalting);
        assertEquals(e.squareExcess, a.squareExcess);
        assertEquals(e.halting, a.halting);
        assertEquals(e.provedNonHalting + e.cutOff, a.provedNonHalting + a.cutOff);
        assertEquals(e.nodes, a.nodes);
    }

    @Test
    void aLostOrDoubledUnitIsCaught() {
        BuildPlan plan = D3.plan();
        UnitRunner runner = D3.runner();
        PartialSums missing = runner.run(plan.units().subList(1, plan.units().size()), D3);
        assertThrows(IllegalStateException.class, () -> plan.finish(missing, 1, 0));
        PartialSums doubled = runner.run(plan.units(), D3).merge(runner.run(plan.units().subList(0, 1), D3));
        assertThrows(IllegalStateException.class, () -> plan.finish(doubled, 1, 0));
    }
}
