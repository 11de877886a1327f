package org.mnr.engine.internal.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mnr.engine.model.Condition;
import org.mnr.engine.planning.Need;

/**
 * What a criterion's condition requires of each evidence key it compares, and of other capabilities'
 * levels: read from the condition itself, the same one the engine's rules are compiled from.
 */
public final class ConditionNeeds {

    /**
     * A level another capability must reach for a condition to hold.
     *
     * @param capability the capability
     * @param level the lowest level that will do
     */
    public record LevelNeed(int capability, int level) {
    }

    private ConditionNeeds() {
    }

    /**
     * What the condition needs of each key it compares, for a country assessed on the given date; none for a
     * hand-written rule (a null condition).
     *
     * @param assessedOn the assessment date, which makes {@code withinYears} concrete
     * @param current the country's current value of each key, to extend sets rather than replace them
     */
    public static List<Need> needs(Condition when, LocalDate assessedOn, Map<String, Object> current) {
        List<Need> needs = new ArrayList<>();
        if (when != null) {
            for (Condition leaf : when.leaves()) {
                if (leaf instanceof Condition.KeyCondition keyed) {
                    needs.add(need(keyed, assessedOn, current.get(keyed.key())));
                }
            }
        }
        return needs;
    }

    /** The levels of other capabilities the condition requires. */
    public static List<LevelNeed> levelNeeds(Condition when) {
        List<LevelNeed> needs = new ArrayList<>();
        if (when != null) {
            for (Condition leaf : when.leaves()) {
                if (leaf instanceof Condition.LevelAtLeast level) {
                    needs.add(new LevelNeed(level.capability(), level.level()));
                }
            }
        }
        return needs;
    }

    private static Need need(Condition.KeyCondition leaf, LocalDate assessedOn, Object current) {
        String key = leaf.key();
        if (leaf instanceof Condition.Equals equals) {
            return new Need(key, String.valueOf(equals.value()), equals.value());
        }
        if (leaf instanceof Condition.OneOf oneOf) {
            return new Need(key, oneOf.values().size() == 1 ? oneOf.values().get(0) : "one of " + String.join(", ", oneOf.values()),
                    oneOf.values().get(0));
        }
        if (leaf instanceof Condition.AtLeast atLeast) {
            return new Need(key, "at least " + atLeast.bound().toPlainString(), atLeast.bound());
        }
        if (leaf instanceof Condition.AtMost atMost) {
            return new Need(key, "at most " + atMost.bound().toPlainString(), atMost.bound());
        }
        if (leaf instanceof Condition.IncludesAll includes) {
            Set<String> members = new LinkedHashSet<>();
            if (current instanceof List<?> list) {
                list.forEach(m -> members.add(String.valueOf(m)));
            }
            members.addAll(includes.members());
            return new Need(key, "includes " + String.join(", ", includes.members()), List.copyOf(members));
        }
        int years = ((Condition.WithinYears) leaf).years();
        return new Need(key, "dated from " + assessedOn.minusYears(years) + " to " + assessedOn + " (within " + years + " years)",
                assessedOn.toString());
    }
}
