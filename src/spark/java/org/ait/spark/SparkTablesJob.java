package org.ait.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Provenance;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.ait.tm.BuildMethod;
import org.ait.tm.BuildSpec;
import org.ait.tm.MachineSpace;
import org.ait.tm.SplitSchedule;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.ait.spark.SparkTablesJob target/ait.jar --states 5 --max-steps 500 --out DIR}: the
 * options of {@code ait tables build} that define a table, built on the cluster; the driver writes {@code DIR/NAME.ctm}.
 * Without spark-submit, {@code --master local[N]} runs the same job in one JVM.
 */
@Command(name = "ait-spark-tables", mixinStandardHelpOptions = true,
        description = "Build a CTM table on a Spark cluster (same table as 'ait tables build').")
public final class SparkTablesJob implements Callable<Integer> {

    @Option(names = "--master", description = "Spark master URL, e.g. local[2]; default: the one spark-submit sets.")
    String master;

    @Option(names = "--dim", defaultValue = "1", description = "1 or 2 (turmites). Default ${DEFAULT-VALUE}.")
    int dim;

    @Option(names = "--states", required = true, description = "Working states n (>= 1).")
    int states;

    @Option(names = "--symbols", defaultValue = "2", description = "Alphabet size k. Default ${DEFAULT-VALUE}.")
    int symbols;

    @Option(names = "--max-steps", description = "Step cutoff; default the busy-beaver bound for binary 1D n <= 4.")
    Integer maxSteps;

    @Option(names = "--max-side", description = "2D: longest kept side. Default 6.")
    Integer maxSide;

    @Option(names = "--sample", paramLabel = "M", description = "Draw M machines at random (1D) instead of all.")
    Long sample;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --sample. Default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--max-length", description = "With --sample: longest kept output.")
    Integer maxLength;

    @Option(names = "--split-at", split = ",", paramLabel = "L1,L2,...", description = "With --sample: split levels.")
    int[] splitAt;

    @Option(names = "--split-factor", defaultValue = "4", description = "Copies per split. Default ${DEFAULT-VALUE}.")
    int splitFactor;

    @Option(names = "--tasks", defaultValue = "0", description = "Spark tasks (0: eight per core).")
    int tasks;

    @Option(names = "--out", defaultValue = "ctm-tables", description = "Output directory. Default ${DEFAULT-VALUE}.")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkTablesJob()).execute(args));
    }

    /** The build the options ask for. */
    BuildSpec spec() {
        MachineSpace space = new MachineSpace(dim, states, symbols);
        int steps;
        if (maxSteps != null) {
            steps = maxSteps;
        } else if (dim == 1 && symbols == 2 && MachineSpace.busyBeaverSteps(states) > 0) {
            steps = MachineSpace.busyBeaverSteps(states);
        } else {
            throw new IllegalArgumentException("--max-steps is required for " + space);
        }
        int side = dim == 2 ? (maxSide != null ? maxSide : 6) : maxLength != null ? maxLength : BuildSpec.ALL;
        BuildMethod method = sample == null ? new BuildMethod.Exhaustive()
                : new BuildMethod.Sampled(sample, seed,
                        splitAt == null ? SplitSchedule.none() : new SplitSchedule(splitAt, splitFactor));
        return new BuildSpec(space, steps, method, side, true);
    }

    @Override
    public Integer call() throws Exception {
        BuildSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            System.err.println("ait-spark-tables: " + e.getMessage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("ait tables " + spec.space().tableName());
        if (master != null) {
            conf.setMaster(master);
        }
        Files.createDirectories(out);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            DistributedBuild.Outcome o = DistributedBuild.run(sc, spec, tasks, DistributedBuild.Fault.NONE);
            CtmTable table = table(o, sc.master());
            Path target = out.resolve(spec.space().tableName() + TableFile.EXTENSION);
            TableFile.write(table, target);
            CtmTable written = TableFile.read(target);
            System.out.println("wrote " + target + " (content_sha256 "
                    + written.provenance().getString(Provenance.CONTENT_SHA256) + ", " + o.result().stats().units()
                    + " units in " + o.tasks() + " tasks, " + written.provenance().get(Provenance.BUILD_SECONDS) + " s)");
        }
        return 0;
    }

    /** The table of a distributed build, its provenance saying where it ran. */
    public static CtmTable table(DistributedBuild.Outcome o, String master) {
        CtmTable t = Tables.fromEnumeration(o.result());
        Provenance p = t.provenance().with(Provenance.CLUSTER, master).with(Provenance.EXECUTORS, o.executors())
                .with(Provenance.EXECUTOR_CORES, o.cores()).with(Provenance.WORK_UNITS, o.result().stats().units())
                .with(Provenance.TASKS, o.tasks());
        return t.withProvenance(p);
    }
}
