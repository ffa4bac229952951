/**
 * Internals of the BDM scorer: blocks as base-k integer codes, per-shape CTM lookups and normalisation bounds,
 * block counters and the tiling loops. Not API.
 */
package org.ait.bdm.internal;
