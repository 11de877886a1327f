/** Anonymised aggregates across countries: how many are at each level, with small counts suppressed. */
package org.mnr.aggregate;
