/** Input and output helpers shared by every layer: atomic file writes, JSON. */
package org.ait.io;
