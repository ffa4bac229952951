/**
 * Turing machines in the Rado formalism: machine spaces, a reference simulator, and the exact weighted tree
 * enumerator that counts the outputs of every machine of a space without running each one.
 */
package org.ait.tm;
