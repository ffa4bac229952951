/**
 * Internals of the expression engine that the term phase shares: the value signature that decides when two
 * expressions are the same function. Not API.
 */
package org.ait.synth.expr.internal;
