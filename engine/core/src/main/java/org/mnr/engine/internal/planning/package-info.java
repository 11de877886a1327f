/** Working out what a criterion's condition needs of each evidence key, not part of the public API. */
package org.mnr.engine.internal.planning;
