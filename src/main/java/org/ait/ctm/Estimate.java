package org.ait.ctm;

/**
 * What a table's counts are: exact numbers of machines, or a random sample's numbers of draws (in units of 1/unit of
 * a draw when draws were split), which give each value a confidence interval.
 */
public sealed interface Estimate permits Estimate.Exact, Estimate.Sampled {

    /** Units per draw (1 for exact counts and unsplit samples). */
    long unit();

    /** Exact counts of every machine of the space. */
    record Exact() implements Estimate {
        @Override
        public long unit() {
            return 1;
        }
    }

    /** Counts of draws, each draw worth {@code unit} units. */
    record Sampled(long unit) implements Estimate {
        public Sampled {
            if (unit < 1) {
                throw new IllegalArgumentException("units per draw must be at least 1, got " + unit);
            }
        }
    }

    /** The estimate a table file's provenance records (samples, units per draw). */
    static Estimate of(Provenance p) {
        return p.get(Provenance.SAMPLES) == null ? new Exact()
                : new Sampled(p.get(Provenance.UNIT) == null ? 1 : p.getLong(Provenance.UNIT));
    }
}
