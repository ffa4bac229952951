/**
 * Reversible transforms between sequences (differences and partial sums, ratios and products, binomial, Euler and
 * Dirichlet transforms, characteristic sequences): the input is reduced to a sequence that may have a short program,
 * and that program, wrapped in the transform, describes the input. Each transform is one small file.
 */
package org.ait.synth.sequence.transforms;
