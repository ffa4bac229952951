/**
 * Per-generation metrics: the model's entropy, collision probability and support on the generator's view; the
 * sample's plug-in and Miller-Madow entropy; total variation, Jensen-Shannon and smoothed Kullback-Leibler divergence
 * to the truth; mean and log-variance drift; tail mass; held-out cross-entropy of real data; BDM per symbol and a
 * general-purpose compressor's ratio of the produced data; mechanism recovery of symbolic models.
 */
package org.ait.collapse.metrics;
