/**
 * Program synthesis: symbolic models of CSV data ({@link org.ait.synth.SymbolicRegression}, behind {@code ait fit}). {@link org.ait.synth.Expr} trees over
 * {@link org.ait.synth.Op}s, variables, exact numbers and fitted parameters; batch evaluation over columns;
 * sympy and LaTeX printing; {@link org.ait.synth.ExprParser} for formulas in sympy syntax (benchmark ground truths).
 * {@link org.ait.synth.StructureEnumerator} lists every model structure up to a size once, and
 * {@link org.ait.synth.ConstantFitter} fits its parameters; {@link org.ait.synth.TermRegression} proposes larger
 * structures as sparse regressions over small terms; {@link org.ait.synth.ConstantSnapper} makes constants exact;
 * {@link org.ait.synth.BenchmarkSuite} scores the search on the Nguyen and Feynman suites as SRBench does.
 */
package org.ait.synth;
