/** Turning criteria into Drools rules, not part of the public API. */
package org.mnr.engine.internal.criteria;
