package org.ait.tm;

import org.apache.commons.rng.simple.RandomSource;
import org.ait.tm.internal.Walker1D;

/** Runs batches of draws of a sampled build, batch b from a generator seeded with (seed, b). */
final class DrawRunner implements UnitRunner {

    private final Walker1D walker;
    private final BuildMethod.Sampled method;
    private final int maxLength;

    DrawRunner(BuildSpec spec, BuildMethod.Sampled method) {
        this.walker = new Walker1D(spec.space(), spec.maxSteps());
        this.method = method;
        this.maxLength = spec.maxSide();
    }

    @Override
    public void run(WorkUnit unit, PartialSums into) {
        DrawBatch b = (DrawBatch) unit;
        walker.sample(into.partial(), RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {method.seed(), b.batch()}),
                b.draws(), maxLength, method.split().at(), method.split().factor());
    }
}
