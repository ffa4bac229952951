/** Internals of the tree enumerator: the hot-loop walker, subtrees, partial sums and checkpoints. Not API. */
package org.ait.tm.internal;
