/**
 * Program synthesis. Every search here shares one expression engine and one description-length core:
 * <ul>
 * <li>{@link org.ait.synth.expr}: the expression engine: {@link org.ait.synth.expr.Expr} trees over
 * {@link org.ait.synth.expr.Op}s, their evaluation, parsing and printing, and the enumeration of every structure up
 * to a size, each function once;</li>
 * <li>{@link org.ait.synth.mdl}: description lengths in bits: the structure priors and the bits of parameters and
 * residuals;</li>
 * <li>{@link org.ait.synth.fit}: symbolic regression of CSV data ({@code ait fit}, {@code ait bench-fit}), built on
 * both, with its term phase in {@link org.ait.synth.fit.terms}.</li>
 * </ul>
 */
package org.ait.synth;
