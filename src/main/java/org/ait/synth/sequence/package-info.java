/**
 * Mechanism synthesis for sequences: the shortest programs that print an integer sequence or a symbol string, ranked
 * by description length with an algorithmic prior from our own CTM tables, and the continuation each implies.
 * {@link org.ait.synth.sequence.Synthesizer} is the entry point; {@link org.ait.synth.sequence.SequenceProgram} is
 * what it returns; each class of programs (with its search) is one file in {@code org.ait.synth.sequence.classes},
 * listed in {@link org.ait.synth.sequence.ProgramClasses}. Codes are prefix-free ({@link org.ait.synth.mdl.BitCode}),
 * so every description length is that of a real code.
 */
package org.ait.synth.sequence;
