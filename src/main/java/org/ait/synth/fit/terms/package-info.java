/**
 * The term phase of symbolic regression: {@link org.ait.synth.fit.terms.TermRegression} proposes structures far
 * larger than the exhaustive phase reaches, as sparse linear regressions over a pool of parameter-free terms, for
 * several forms of the law.
 */
package org.ait.synth.fit.terms;
