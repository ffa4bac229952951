/**
 * Block Decomposition Method (formalism §3): objects (1D strings, 2D arrays, k symbols) split into blocks by a
 * {@link org.ait.bdm.Partition}, blocks looked up in {@link org.ait.bdm.CtmValues}, and scored by
 * {@link org.ait.bdm.BdmScorer}: BDM, normalised BDM, block entropy, conditional BDM. {@link org.ait.bdm.Perturbation}
 * gives the BDM change of every single-element change or deletion, incrementally; {@link org.ait.bdm.StreamingBdm}
 * and {@link org.ait.bdm.SymbolReader} score inputs larger than memory.
 */
package org.ait.bdm;
