/**
 * What a study leaves behind: metrics.csv, summary.json (per configuration: first and last generation, closed forms
 * against measurements), plots drawn with JFreeChart as PNG and SVG, and a self-contained HTML report.
 */
package org.ait.collapse.report;
