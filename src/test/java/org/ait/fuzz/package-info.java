/**
 * Fuzz tests of every reader of user input (jqwik): random and mutated input must either be read or be refused
 * with one {@link org.ait.io.InputException} of one line; never another exception, a hang or a partial file.
 */
package org.ait.fuzz;
