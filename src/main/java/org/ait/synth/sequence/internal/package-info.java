/** Exact arithmetic behind the classes: integer null spaces (modular rank, then Bareiss), polynomials in n. Not API. */
package org.ait.synth.sequence.internal;
