/**
 * Program synthesis. Every search here shares one expression engine and one description-length core:
 * <ul>
 * <li>{@link org.ait.synth.expr}: the expression engine: {@link org.ait.synth.expr.Expr} trees over
 * {@link org.ait.synth.expr.Op}s (real and integer operators), their evaluation (IEEE doubles for data, exact big
 * integers for sequence programs), parsing and printing, and the enumeration of every structure up to a size, each
 * function once;</li>
 * <li>{@link org.ait.synth.mdl}: description lengths in bits: the structure priors and the bits of parameters and
 * residuals of fitted models, the prefix-free codes of programs and their priors;</li>
 * <li>{@link org.ait.synth.fit}: symbolic regression of CSV data ({@code ait fit}, {@code ait bench-fit}), built on
 * both, with its term phase in {@link org.ait.synth.fit.terms};</li>
 * <li>{@link org.ait.synth.sequence}: mechanism synthesis for integer sequences and symbol strings ({@code ait
 * synth}, {@code ait bench-synth}): program classes, each in its own file in
 * {@link org.ait.synth.sequence.classes}, ranked by the length of their codes;</li>
 * <li>{@link org.ait.synth.automata}: cellular-automaton rules from space-time diagrams ({@code ait synth} on a
 * diagram).</li>
 * </ul>
 */
package org.ait.synth;
