/** Evidence input: reading JSON with positions, checking it against a vocabulary, and the problems found. */
package org.mnr.engine.evidence;
