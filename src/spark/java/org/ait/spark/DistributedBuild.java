package org.ait.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.ait.tm.BuildPlan;
import org.ait.tm.BuildSpec;
import org.ait.tm.EnumerationResult;
import org.ait.tm.PartialSums;
import org.ait.tm.UnitRunner;
import org.ait.tm.WorkUnit;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a build on a Spark cluster. The driver plans it (for an exhaustive build: walks the top of the tree), ships
 * the units in tasks, and each task hands back the units it ran and their exact sums as bytes. The driver keeps one
 * result per task (what Spark's {@code collect} gives, whatever attempts failed, were retried or ran speculatively),
 * checks that every unit is in exactly once and merges: integer sums and minima, so the table is the local build's,
 * byte for byte, for any cluster, partitioning and failure history.
 */
public final class DistributedBuild {

    private DistributedBuild() {
    }

    /** A unit with its index in the plan (its identity). */
    record IndexedUnit(int index, WorkUnit unit) implements Serializable {
    }

    /** What one task hands back: the indices of the units it ran and the bytes of their sums. */
    record TaskSums(int[] units, byte[] sums) implements Serializable {
    }

    /** A test hook called after each unit of a task: it may throw to fail the task attempt there. */
    public interface Fault extends Serializable {
        void afterUnit(int partition, int attempt, int unitsDone);

        Fault NONE = (partition, attempt, unitsDone) -> { };
    }

    /**
     * The result and how it ran.
     *
     * @param result    the build's sums, as a local build gives them
     * @param tasks     tasks the units were grouped into
     * @param executors executors of the cluster when the build ended (1 in local mode: the driver)
     * @param cores     default parallelism (total executor cores)
     */
    public record Outcome(EnumerationResult result, int tasks, int executors, int cores) {
    }

    /**
     * Runs {@code spec} on the cluster of {@code sc}.
     *
     * @param tasks number of tasks (partitions of the units); 0 for eight per core
     */
    public static Outcome run(JavaSparkContext sc, BuildSpec spec, int tasks, Fault fault) {
        long start = System.nanoTime();
        BuildPlan plan = spec.plan();
        List<IndexedUnit> units = new ArrayList<>(plan.units().size());
        for (int i = 0; i < plan.units().size(); i++) {
            units.add(new IndexedUnit(i, plan.units().get(i)));
        }
        int cores = sc.defaultParallelism();
        int slices = Math.max(1, Math.min(units.size(), tasks > 0 ? tasks : 8 * cores));
        List<TaskSums> parts = sc.parallelize(units, slices)
                .mapPartitions(it -> List.of(runTask(spec, it, fault)).iterator())
                .collect();

        PartialSums total = PartialSums.empty(spec);
        BitSet seen = new BitSet(units.size());
        for (TaskSums part : parts) {
            for (int index : part.units()) {
                if (seen.get(index)) {
                    throw new IllegalStateException("unit " + index + " came back twice");
                }
                seen.set(index);
            }
            total.merge(PartialSums.fromBytes(part.sums()));
        }
        if (seen.cardinality() != units.size()) {
            throw new IllegalStateException((units.size() - seen.cardinality()) + " units never came back");
        }
        int executors = Math.max(1, sc.sc().getExecutorMemoryStatus().size() - (sc.isLocal() ? 0 : 1));
        EnumerationResult result = plan.finish(total, cores, System.nanoTime() - start);
        return new Outcome(result, slices, executors, cores);
    }

    /** One task: runs its units in order into one sum; the same units give the same sums on any attempt. */
    private static TaskSums runTask(BuildSpec spec, Iterator<IndexedUnit> units, Fault fault) {
        UnitRunner runner = spec.runner();
        PartialSums sums = PartialSums.empty(spec);
        TaskContext task = TaskContext.get();
        int partition = task == null ? -1 : task.partitionId();
        int attempt = task == null ? 0 : task.attemptNumber();
        List<Integer> ran = new ArrayList<>();
        while (units.hasNext()) {
            IndexedUnit u = units.next();
            runner.run(u.unit(), sums);
            ran.add(u.index());
            fault.afterUnit(partition, attempt, ran.size());
        }
        return new TaskSums(ran.stream().mapToInt(Integer::intValue).toArray(), sums.toBytes());
    }
}
