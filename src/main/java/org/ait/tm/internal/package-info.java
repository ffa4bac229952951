/**
 * Internals of the tree enumerator: the hot-loop walkers, subtrees, partial sums, witness minima and their unfolding
 * over the symmetries, and checkpoints. Not API.
 */
package org.ait.tm.internal;
