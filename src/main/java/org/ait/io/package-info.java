/** Input and output helpers shared by every layer: atomic file writes, JSON, numeric CSV. */
package org.ait.io;
