package org.ait.tm;

/**
 * A unit of a sampled build: batch {@code batch} of {@code draws} machines, drawn by a generator seeded with
 * (seed, batch), so that a batch draws the same machines wherever and however often it runs.
 */
public record DrawBatch(int batch, long draws) implements WorkUnit {
}
