/**
 * The truths: categorical (uniform, Zipf), Gaussian, Gaussian mixture, elementary cellular automata on random rows,
 * a small Turing machine on random inputs, recurrences from random initial terms, and a law y = f(x) + noise; each
 * with its {@link org.ait.collapse.View} and its distribution there.
 */
package org.ait.collapse.generators;
