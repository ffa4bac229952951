/**
 * The neural language model of the collapse harness ({@code neural-lm}), built only with the Maven profile
 * {@code neural} ({@code mvn -B -Pneural package}, or {@code AIT_PROFILES=neural ./ait ...}): a one-layer LSTM over the
 * symbols of strings, trained on CPU with Deep Java Library and its PyTorch engine (native library from the Maven
 * registry), as the stand-in for the generative models the model-collapse theory is about.
 * {@link org.ait.collapse.Catalog} finds {@link org.ait.collapse.neural.NeuralLmLearner} by name when it is on the class
 * path and says how to build it when it is not. Every engine call runs on one thread
 * ({@link org.ait.collapse.neural.EngineThread}), so results do not depend on the study's thread count.
 */
package org.ait.collapse.neural;
