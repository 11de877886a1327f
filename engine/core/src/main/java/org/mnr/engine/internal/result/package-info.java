/** The Jackson configuration behind result JSON, not part of the public API. */
package org.mnr.engine.internal.result;
