/**
 * Self-consuming training: a learner retrained, generation after generation, on data that its previous generation
 * produced, with a fraction alpha_t of fresh real data (shared/spec/collapse.md).
 *
 * <p>The types: a {@link org.ait.collapse.Generator} (the truth: a sampler with a known distribution), a
 * {@link org.ait.collapse.Learner} that fits a {@link org.ait.collapse.Model} to a
 * {@link org.ait.collapse.Dataset}, a {@link org.ait.collapse.Schedule} of alpha_t, a {@link org.ait.collapse.Mode}
 * (replace or accumulate the data), and the {@link org.ait.collapse.Loop} that runs one (configuration, seed) with
 * its own random streams and records one {@link org.ait.collapse.metrics.Row} per generation.
 * {@link org.ait.collapse.Study} runs many configurations and seeds in parallel, resumably, with results that do not
 * depend on the number of threads. Names as the command line spells them are parsed by
 * {@link org.ait.collapse.Catalog}.
 *
 * <p>Data flow: collapse uses synth, bdm and ctm; nothing there uses collapse.
 */
package org.ait.collapse;
