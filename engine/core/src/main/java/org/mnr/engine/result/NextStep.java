package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What stands between a capability and its next level.
 *
 * @param level the next level
 * @param name the next level's name
 * @param blocking the ids of criteria up to that level that are not met, sorted
 */
@JsonPropertyOrder({"level", "name", "blocking"})
@API(status = STABLE, since = "1.0")
public record NextStep(int level, String name, List<String> blocking) {

    /** Copies the list. */
    public NextStep {
        blocking = List.copyOf(blocking);
    }
}
