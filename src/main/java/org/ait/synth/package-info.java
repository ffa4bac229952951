/**
 * Program synthesis (in progress): symbolic models of CSV data. {@link org.ait.synth.Expr} trees over
 * {@link org.ait.synth.Op}s, variables, exact numbers and fitted parameters; batch evaluation over columns;
 * sympy and LaTeX printing; {@link org.ait.synth.ExprParser} for formulas in sympy syntax (benchmark ground truths).
 * {@link org.ait.synth.StructureEnumerator} lists every model structure up to a size once, and
 * {@link org.ait.synth.ConstantFitter} fits its parameters; the search and description-length scoring build on these.
 */
package org.ait.synth;
