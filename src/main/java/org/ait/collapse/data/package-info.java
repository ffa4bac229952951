/** The kinds of data a generation holds: symbols, reals, strings of symbols, (x, y) points. */
package org.ait.collapse.data;
