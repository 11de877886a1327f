package org.mnr.engine.internal.scoring;

import org.mnr.engine.result.Status;

/**
 * One criterion as scoring sees it.
 *
 * @param id the criterion id
 * @param level the level it is required for
 * @param weight its weight
 * @param status what the assessment found
 */
public record Scored(String id, int level, int weight, Status status) {
}
