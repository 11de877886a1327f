/** The arithmetic of the maturity model: levels, exact scores, coverage and next steps. */
package org.mnr.engine.internal.scoring;
