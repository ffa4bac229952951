package org.ait.tm;

import java.io.Serializable;

/**
 * One piece of a build that a worker runs on its own: a subtree below the split depth of an exhaustive build, or a
 * batch of draws of a sampled one. A unit is a pure description (serialisable, for other threads, processes or
 * machines): running it twice gives the same sums, which is what makes retried and speculative tasks harmless.
 * A unit is identified by its position in {@link BuildPlan#units()}.
 */
public interface WorkUnit extends Serializable {
}
