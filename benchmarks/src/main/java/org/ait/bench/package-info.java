/** JMH benchmarks of the hot paths, each with a baseline; compiled by every build, run with {@code -Pbench}. */
package org.ait.bench;
