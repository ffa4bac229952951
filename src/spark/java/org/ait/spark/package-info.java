/**
 * The distributed table build on Apache Spark: the driver plans the build ({@link org.ait.tm.BuildPlan}), executors run
 * its work units with the same {@link org.ait.tm.UnitRunner} as a local build, and the driver merges their exact sums
 * and writes the table with its provenance. Compiled only with the {@code spark} Maven profile (Spark is provided by
 * the cluster), so the default jar stays lean.
 */
package org.ait.spark;
