/** The engine's entry point: build a {@link org.mnr.engine.MaturityEngine} and assess countries' evidence. */
package org.mnr.engine;
