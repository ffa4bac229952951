/**
 * Minimum description length, in bits, of a model of data: {@link org.ait.synth.mdl.StructurePrior} prices its
 * structure (by size, or by BDM of its prefix encoding), {@link org.ait.synth.mdl.DescriptionLength} adds its
 * parameters and the residuals of the data.
 */
package org.ait.synth.mdl;
