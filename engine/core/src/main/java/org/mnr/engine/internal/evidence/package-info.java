/** Reading and checking evidence: the engine's parsers, limits and validator, not part of the public API. */
package org.mnr.engine.internal.evidence;
