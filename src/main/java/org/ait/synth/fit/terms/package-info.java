/**
 * The term phase of symbolic regression: {@link org.ait.synth.fit.terms.TermRegression} proposes structures far
 * larger than the exhaustive phase reaches, as sparse linear regressions over a pool of parameter-free terms, for
 * several forms of the law. Behind it, one class per job: the term pool, the forms of the law, the subset
 * selection, and the least squares they share.
 */
package org.ait.synth.fit.terms;
