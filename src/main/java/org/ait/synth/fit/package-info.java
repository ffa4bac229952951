/**
 * Symbolic regression of CSV data ({@link org.ait.synth.fit.SymbolicRegression}, behind {@code ait fit}): the term
 * phase ({@link org.ait.synth.fit.terms}) proposes large structures as sparse regressions over small terms, the
 * exhaustive phase enumerates every structure up to a size; {@link org.ait.synth.fit.ConstantFitter} fits their
 * parameters, {@link org.ait.synth.fit.ConstantSnapper} makes constants exact, and every model is scored by its
 * description length. {@link org.ait.synth.fit.BenchmarkSuite} scores the search on the Nguyen and Feynman suites as
 * SRBench does.
 */
package org.ait.synth.fit;
