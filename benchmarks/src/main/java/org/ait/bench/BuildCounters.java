package org.ait.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Tree nodes and work units of table builds, counted per benchmark operation and reported by JMH as rates. */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class BuildCounters {
    public long nodes;
    public long units;

    @Setup(Level.Iteration)
    public void reset() {
        nodes = 0;
        units = 0;
    }
}
