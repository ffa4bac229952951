/**
 * Block Decomposition Method (formalism §3): objects (1D strings, 2D arrays, k symbols) split into blocks by a
 * {@link org.ait.bdm.Partition}, blocks looked up in {@link org.ait.bdm.CtmValues}, and scored by
 * {@link org.ait.bdm.BdmScorer}: BDM, normalised BDM, block entropy, conditional BDM. {@link org.ait.bdm.Perturbation}
 * gives the BDM change of every single-element change or deletion, incrementally; {@link org.ait.bdm.StreamingBdm}
 * and {@link org.ait.bdm.SymbolReader} score inputs larger than memory. {@link org.ait.bdm.BdmProgram} gives the program
 * a 1D BDM value stands for: the blocks' witness machines and their repetitions, printable and runnable.
 */
package org.ait.bdm;
