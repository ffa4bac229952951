/**
 * The expression engine: {@link org.ait.synth.expr.Expr} trees over {@link org.ait.synth.expr.Op}s, variables, exact
 * numbers and fitted parameters; batch evaluation over columns; sympy and LaTeX printing;
 * {@link org.ait.synth.expr.ExprParser} for formulas in sympy syntax (benchmark ground truths);
 * {@link org.ait.synth.expr.StructureEnumerator}, every structure up to a size once.
 */
package org.ait.synth.expr;
