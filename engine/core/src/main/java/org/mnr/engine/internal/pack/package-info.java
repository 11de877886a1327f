/** Finding and reading rule packs from the class path and folders, not part of the public API. */
package org.mnr.engine.internal.pack;
