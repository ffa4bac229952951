/**
 * Program synthesis (in progress): symbolic models of CSV data. {@link org.ait.synth.Expr} trees over
 * {@link org.ait.synth.Op}s, variables, exact numbers and fitted parameters; batch evaluation over columns;
 * sympy and LaTeX printing; {@link org.ait.synth.ExprParser} for formulas in sympy syntax (benchmark ground truths).
 * The search, constant fitting and description-length scoring build on these.
 */
package org.ait.synth;
