/**
 * Cellular-automaton identification: which rule, boundary and initial configuration describe an observed
 * space-time diagram in the fewest bits. Families ({@link org.ait.synth.automata.RuleFamily}): the 256 elementary
 * rules, totalistic rules (radius r, k colours, Wolfram's codes) and the 2^18 Life-like rules on frames.
 * {@link org.ait.synth.automata.RuleIdentifier} identifies from a diagram (complete, with missing cells or steps, a
 * window of a wider run, noisy), {@link org.ait.synth.automata.ColumnIdentifier} from a single column; both return an
 * {@link org.ait.synth.automata.Identification}: candidates ranked by description length, grouped into ties that
 * predict the data alike, with their predictions of the next steps. Diagrams are read from text by
 * {@link org.ait.synth.automata.DiagramReader}.
 */
package org.ait.synth.automata;
