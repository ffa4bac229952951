/**
 * The program classes of sequence synthesis, one file each: the program (a record that prints, extends and encodes
 * itself) and the search that proposes members of the class for an input.
 */
package org.ait.synth.sequence.classes;
