/** Comparing two assessments of a country: what moved, capability by capability, and whether the evidence or the rules moved it. */
package org.mnr.diff;
