/**
 * The learners. Distributional: categorical maximum likelihood (and, on items of any kind, the empirical
 * distribution), add-beta, order-k Markov / n-gram, Gaussian (MLE and unbiased), kernel density estimation (fixed and
 * Silverman bandwidth), Gaussian mixture by EM. Symbolic: elementary-rule identification, machine identification
 * with the CTM prior, recurrence synthesis, formula fitting; each from scratch or warm-started ({@code +warm}).
 */
package org.ait.collapse.learners;
