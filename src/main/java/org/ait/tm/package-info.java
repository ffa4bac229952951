/**
 * Turing machines in the Rado formalism: machine spaces, plain reference simulators ({@link org.ait.tm.TuringMachine},
 * {@link org.ait.tm.Turmite}), machines in the text format of formalism §1 packed into codes
 * ({@link org.ait.tm.MachineCode}), and the build engine that counts the outputs of every machine of a space (or of a
 * random sample) without running each one, keeping a least witness machine per output ({@link org.ait.tm.Witnesses}):
 * a {@link org.ait.tm.BuildSpec} says what to build, its {@link org.ait.tm.BuildPlan} cuts the build into serialisable
 * {@link org.ait.tm.WorkUnit}s, a {@link org.ait.tm.UnitRunner} turns units into exact {@link org.ait.tm.PartialSums},
 * and {@link org.ait.tm.TreeEnumerator} runs a plan on local threads with checkpoints.
 */
package org.ait.tm;
