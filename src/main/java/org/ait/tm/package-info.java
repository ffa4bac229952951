/**
 * Turing machines in the Rado formalism: machine spaces, plain reference simulators ({@link org.ait.tm.TuringMachine},
 * {@link org.ait.tm.Turmite}), machines in the text format of formalism §1 packed into codes
 * ({@link org.ait.tm.MachineCode}), and the exact weighted tree enumerator that counts the outputs of every machine of
 * a space without running each one, keeping a least witness machine per output ({@link org.ait.tm.Witnesses}).
 */
package org.ait.tm;
