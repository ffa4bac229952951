package org.ait.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ait.cli.BuildSpecOptions;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Provenance;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.ait.io.InputException;
import org.ait.tm.BuildSpec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    BuildSpecOptions build;

    @Option(names = "--tasks", defaultValue = "0", description = "Spark tasks (0: eight per core).")
    int tasks;

    @Option(names = "--out", defaultValue = "ctm-tables", description = "Output directory. Default ${DEFAULT-VALUE}.")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkTablesJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        BuildSpec spec;
        try {
            spec = build.spec();
        } catch (InputException e) {
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
