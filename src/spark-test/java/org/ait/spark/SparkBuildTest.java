package org.ait.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Provenance;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.ait.io.Digests;
import org.ait.tm.BuildMethod;
import org.ait.tm.BuildSpec;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark job on {@code local[2,4]} (two cores, a failed task retried up to 4 times; loopback, UI off) gives the
 * local build's table byte for byte, and the published content hashes (the shipped D(4) file, and those that
 * TableHashesTest pins for the other builds), also when a task dies halfway through its units.
 */
class SparkBuildTest {

    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2,4]").setAppName("ait-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.ui.showConsoleProgress", "false"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    private static final BuildSpec D4 = BuildSpec.exhaustive(new MachineSpace(1, 4, 2), 107);
    private static final BuildSpec GRID = BuildSpec.exhaustive(new MachineSpace(2, 3, 2), 20).withMaxSide(4);
    private static final BuildSpec SAMPLE = new BuildSpec(new MachineSpace(1, 3, 3), 200,
            new BuildMethod.Sampled(600_000, 7), 10, true);

    /** The counts body and the witness section. */
    private static byte[] bytes(CtmTable t) {
        byte[] counts = TableFile.body(t);
        if (!t.hasWitnesses()) {
            return counts;
        }
        byte[] w = TableFile.witnessBody(t.witnesses(), t.dimensions());
        byte[] both = java.util.Arrays.copyOf(counts, counts.length + w.length);
        System.arraycopy(w, 0, both, counts.length, w.length);
        return both;
    }

    private static CtmTable local(BuildSpec spec) throws IOException {
        return Tables.fromEnumeration(new TreeEnumerator(spec).threads(2).run());
    }

    private static CtmTable spark(BuildSpec spec, int tasks, DistributedBuild.Fault fault) {
        return SparkTablesJob.table(DistributedBuild.run(sc, spec, tasks, fault), sc.master());
    }

    private static String contentHash(CtmTable t) {
        byte[] b = TableFile.body(t);
        return Digests.sha256Hex(b, 0, b.length);
    }

    @Test
    void d4OnSparkIsTheLocalAndTheShippedTable() throws IOException {
        CtmTable distributed = spark(D4, 0, DistributedBuild.Fault.NONE);
        assertEquals("8adfe0615cdd38b5402a3f3a400f122dff6f05b6644e73ecd955ebccaae8cd6c", contentHash(distributed));
        assertArrayEquals(bytes(local(D4)), bytes(distributed));
        assertEquals("local[2,4]", distributed.provenance().get(Provenance.CLUSTER));
        assertEquals(7146L, ((Number) distributed.provenance().get(Provenance.WORK_UNITS)).longValue());
    }

    @Test
    void twoDimensionalTableOnSparkIsTheLocalOne() throws IOException {
        CtmTable distributed = spark(GRID, 7, DistributedBuild.Fault.NONE);
        assertEquals("8c490cd39cf2023544d8c77862472ce109b654f535a82865e3989525cf9fdd50", contentHash(distributed));
        assertArrayEquals(bytes(local(GRID)), bytes(distributed));
    }

    @Test
    void seededSampleOnSparkIsTheLocalOne() throws IOException {
        CtmTable distributed = spark(SAMPLE, 3, DistributedBuild.Fault.NONE);
        assertEquals("8970684993184bc7e5bcc0e96e578feb4b4d15e8fff2471336d8a33d462b3751", contentHash(distributed));
        assertArrayEquals(bytes(local(SAMPLE)), bytes(distributed));
    }

    /** Counts the injected failures on the driver's JVM (local mode: tasks run in it). */
    static final AtomicInteger FAILURES = new AtomicInteger();

    @Test
    void aTaskKilledHalfwayChangesNothing() throws IOException {
        FAILURES.set(0);
        // The first attempt of task 1 dies after 5 of its units; Spark runs the task again from the start.
        DistributedBuild.Fault fault = (partition, attempt, done) -> {
            if (partition == 1 && attempt == 0 && done == 5) {
                FAILURES.incrementAndGet();
                throw new IllegalStateException("injected task failure");
            }
        };
        CtmTable distributed = spark(D4, 16, fault);
        assertEquals(1, FAILURES.get(), "the fault fired once");
        assertEquals("8adfe0615cdd38b5402a3f3a400f122dff6f05b6644e73ecd955ebccaae8cd6c", contentHash(distributed));
        assertArrayEquals(bytes(local(D4)), bytes(distributed));

        FAILURES.set(0);
        DistributedBuild.Fault drawFault = (partition, attempt, done) -> {
            if (partition == 0 && attempt == 0 && done == 1) {
                FAILURES.incrementAndGet();
                throw new IllegalStateException("injected task failure");
            }
        };
        CtmTable sampled = spark(SAMPLE, 2, drawFault);
        assertTrue(FAILURES.get() == 1);
        assertEquals("8970684993184bc7e5bcc0e96e578feb4b4d15e8fff2471336d8a33d462b3751", contentHash(sampled));
    }
}
