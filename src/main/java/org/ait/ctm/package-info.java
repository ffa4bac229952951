/**
 * CTM tables: output distributions turned into algorithmic probabilities D(s) and complexities K(s) = -log2 D(s),
 * with a witness machine for every output of an exact binary table ({@link org.ait.ctm.CtmTable#witness}); the
 * versioned table file format with provenance and checksums, and the catalogue of shipped tables.
 */
package org.ait.ctm;
