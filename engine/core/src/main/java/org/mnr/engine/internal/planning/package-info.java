/** Working out which evidence keys a rule's conditions need, not part of the public API. */
package org.mnr.engine.internal.planning;
