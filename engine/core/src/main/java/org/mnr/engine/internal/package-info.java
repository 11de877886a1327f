/** Machinery shared by the engine's areas, such as the check of its dependencies' versions, not part of the public API. */
package org.mnr.engine.internal;
