/**
 * Helpers of automata identification, not API: scoring every rule of a family against the data
 * ({@link org.ait.synth.automata.internal.Transitions} from one count, {@link org.ait.synth.automata.internal.Decoded}
 * rule by rule with missing cells filled in, {@link org.ait.synth.automata.internal.ColumnScores} on one column), the
 * bits of data and programs ({@link org.ait.synth.automata.internal.DataCode},
 * {@link org.ait.synth.automata.internal.Prices}) and the ranking into tie groups
 * ({@link org.ait.synth.automata.internal.Ranking}).
 */
package org.ait.synth.automata.internal;
