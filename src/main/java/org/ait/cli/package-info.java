/** The {@code ait} command line (picocli). Commands parse, validate and wire the library; no work lives here. */
package org.ait.cli;
