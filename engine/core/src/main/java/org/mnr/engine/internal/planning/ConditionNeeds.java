package org.mnr.engine.internal.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mnr.engine.evidence.Wording;
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

    /**
     * What an unknown criterion needs of a key its condition does not compare (a hand-written rule's): evidence of it,
     * worded so that it can be said in French and Spanish too.
     */
    public static Need notGiven(String key) {
        return Need.worded(key, Wording.of("need.not-given"), null);
    }

    private static Need need(Condition.KeyCondition leaf, LocalDate assessedOn, Object current) {
        String key = leaf.key();
        if (leaf instanceof Condition.Equals equals) {
            return Need.worded(key, Wording.of("need.value", String.valueOf(equals.value())), equals.value());
        }
        if (leaf instanceof Condition.OneOf oneOf) {
            Wording wording = oneOf.values().size() == 1 ? Wording.of("need.value", oneOf.values().get(0))
                    : Wording.of("need.one-of", String.join(", ", oneOf.values()));
            return Need.worded(key, wording, oneOf.values().get(0));
        }
        if (leaf instanceof Condition.AtLeast atLeast) {
            return Need.worded(key, Wording.of("need.at-least", atLeast.bound().toPlainString()), atLeast.bound());
        }
        if (leaf instanceof Condition.AtMost atMost) {
            return Need.worded(key, Wording.of("need.at-most", atMost.bound().toPlainString()), atMost.bound());
        }
        if (leaf instanceof Condition.IncludesAll includes) {
            Set<String> members = new LinkedHashSet<>();
            if (current instanceof List<?> list) {
                list.forEach(m -> members.add(String.valueOf(m)));
            }
            members.addAll(includes.members());
            return Need.worded(key, Wording.of("need.includes", String.join(", ", includes.members())), List.copyOf(members));
        }
        int years = ((Condition.WithinYears) leaf).years();
        return Need.worded(key, Wording.of("need.within-years", assessedOn.minusYears(years).toString(), assessedOn.toString(),
                String.valueOf(years)), assessedOn.toString());
    }
}
