/**
 * Minimum description length, in bits, shared by every kind of synthesis. Models of data:
 * {@link org.ait.synth.mdl.StructurePrior} prices an expression's structure (by size, or by BDM of its prefix
 * encoding), {@link org.ait.synth.mdl.DescriptionLength} adds its parameters and the residuals of the data. Programs:
 * {@link org.ait.synth.mdl.BitCode} writes a program as a prefix-free code and {@link org.ait.synth.mdl.ProgramPrior}
 * prices that code (its length, or its BDM with our own D(5) table).
 */
package org.ait.synth.mdl;
