package org.mnr.engine.planning;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * What a country could do next: per capability below the target, what blocks its next level and
 * what evidence would satisfy each blocker; and single evidence changes ranked by what they raise,
 * each found by re-assessing the country with the change.
 *
 * @param country the country code
 * @param assessedOn the assessment date
 * @param target the level planned for
 * @param overallScore the overall score now
 * @param gaps the capabilities below the target, in order
 * @param actions single evidence changes that raise a level or the overall score, best first
 */
@JsonPropertyOrder({"country", "assessedOn", "target", "overallScore", "gaps", "actions"})
@API(status = EXPERIMENTAL, since = "1.0")
public record Plan(String country, LocalDate assessedOn, int target, double overallScore, List<Gap> gaps, List<Action> actions) {

    /** Copies the lists. */
    public Plan {
        gaps = List.copyOf(gaps);
        actions = List.copyOf(actions);
    }

    /**
     * A capability below the target.
     *
     * @param capability the capability number
     * @param name its name
     * @param level its level now
     * @param nextLevel the level it is blocked from
     * @param blockers the criteria that block it, by id
     */
    @JsonPropertyOrder({"capability", "name", "level", "nextLevel", "blockers"})
    public record Gap(int capability, String name, int level, int nextLevel, List<Blocker> blockers) {

        /** Copies the list. */
        public Gap {
            blockers = List.copyOf(blockers);
        }
    }

    /**
     * A criterion that stands in a capability's way.
     *
     * @param criterion its id
     * @param title what it requires
     * @param status unmet or unknown
     * @param kind {@value #FIND_OUT} for an unknown blocker (evidence to collect: {@code needs} names the missing keys,
     *     {@code capabilities} the capability whose level is open) or {@value #CHANGE} for an unmet one (the situation
     *     must change) (since 1.1)
     * @param needs what each key it reads must be for it to be met
     * @param capabilities the levels of other capabilities it requires, e.g. {@code capability 2 at level 2 or above}
     */
    @JsonPropertyOrder({"criterion", "title", "status", "kind", "needs", "capabilities"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Blocker(String criterion, String title, String status, String kind, List<Need> needs, List<String> capabilities) {

        /** The kind of an unknown blocker: evidence to collect. */
        public static final String FIND_OUT = "find-out";
        /** The kind of an unmet blocker: the situation must change. */
        public static final String CHANGE = "change";

        /** A blocker whose kind follows from its status: unknown is {@value #FIND_OUT}, anything else {@value #CHANGE}. */
        public Blocker(String criterion, String title, String status, List<Need> needs, List<String> capabilities) {
            this(criterion, title, status, "unknown".equals(status) ? FIND_OUT : CHANGE, needs, capabilities);
        }

        /** Copies the lists. */
        public Blocker {
            needs = List.copyOf(needs);
            capabilities = List.copyOf(capabilities);
        }
    }

    /**
     * One evidence change and what it does, measured by re-assessing.
     *
     * @param key the evidence key to set
     * @param value the value to give it
     * @param was its value now, or null when not given
     * @param meets the criteria the change makes met
     * @param levels the capabilities whose level it raises
     * @param overallScore the overall score after the change
     * @param overallGain how much the overall score rises
     */
    @JsonPropertyOrder({"key", "value", "was", "meets", "levels", "overallScore", "overallGain"})
    public record Action(String key, Object value, Object was, List<String> meets, List<LevelChange> levels, double overallScore,
            double overallGain) {

        /** Copies the lists. */
        public Action {
            meets = List.copyOf(meets);
            levels = List.copyOf(levels);
        }
    }

    /**
     * A capability's level before and after a change.
     *
     * @param capability the capability number
     * @param from the level before
     * @param to the level after
     */
    @JsonPropertyOrder({"capability", "from", "to"})
    public record LevelChange(int capability, int from, int to) {
    }
}
