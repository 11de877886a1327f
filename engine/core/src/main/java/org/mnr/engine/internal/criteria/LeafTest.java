package org.mnr.engine.internal.criteria;

import java.util.Collection;
import java.util.List;
import org.mnr.engine.model.Condition;
import org.mnr.engine.spi.CapabilityLevel;
import org.mnr.engine.spi.CapabilityLevelMax;
import org.mnr.engine.spi.Fact;

/**
 * Whether a fact makes a leaf of a condition true: the one reading of the condition forms that the
 * compiled rules use.
 */
public final class LeafTest {

    private LeafTest() {
    }

    /** Whether the object, a {@link Fact} or a {@link CapabilityLevel}, makes the leaf true. */
    public static boolean test(Condition leaf, Object object) {
        if (leaf instanceof Condition.LevelAtLeast level) {
            return object instanceof CapabilityLevel reached && reached.getCapability() == level.capability()
                    && reached.getLevel() >= level.level();
        }
        if (!(leaf instanceof Condition.KeyCondition keyed) || !(object instanceof Fact fact) || !keyed.key().equals(fact.getKey())) {
            return false;
        }
        return value(leaf, fact);
    }

    /** Whether a fact's value, whatever its key, satisfies a key leaf's comparison. */
    static boolean value(Condition leaf, Fact fact) {
        if (leaf instanceof Condition.Equals equals) {
            return equals.value() instanceof Boolean flag ? flag.equals(fact.getFlag()) : equals.value().equals(fact.getText());
        }
        if (leaf instanceof Condition.OneOf oneOf) {
            return fact.getText() != null && oneOf.values().contains(fact.getText());
        }
        if (leaf instanceof Condition.AtLeast atLeast) {
            return fact.getNumber() != null && fact.getNumber().compareTo(atLeast.bound()) >= 0;
        }
        if (leaf instanceof Condition.AtMost atMost) {
            return fact.getNumber() != null && fact.getNumber().compareTo(atMost.bound()) <= 0;
        }
        if (leaf instanceof Condition.IncludesAll includes) {
            return fact.getMembers() != null && fact.getMembers().containsAll(includes.members());
        }
        return leaf instanceof Condition.WithinYears within && fact.withinYears(within.years());
    }

    /** Whether the object makes any of the leaves true. */
    public static boolean any(List<Condition> leaves, Object object) {
        for (Condition leaf : leaves) {
            if (test(leaf, object)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the leaves some of the objects make true. */
    public static int count(List<Condition> leaves, Collection<?> objects) {
        int count = 0;
        for (Condition leaf : leaves) {
            for (Object object : objects) {
                if (test(leaf, object)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * Whether the object bears on a leaf's "at best" reading: a fact of a key one of the leaves names, or the upper
     * level of a capability one of them reads.
     */
    public static boolean bearsAtBest(List<Condition> leaves, Object object) {
        for (Condition leaf : leaves) {
            if (leaf instanceof Condition.KeyCondition keyed && object instanceof Fact fact && keyed.key().equals(fact.getKey())) {
                return true;
            }
            if (leaf instanceof Condition.LevelAtLeast level && object instanceof CapabilityLevelMax max
                    && max.getCapability() == level.capability()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a leaf is true at best among the objects: a key leaf when some fact makes it true or no fact has its
     * key; a capability leaf when the capability's upper level reaches the level it requires.
     */
    public static boolean atBest(Condition leaf, Collection<?> objects) {
        if (leaf instanceof Condition.LevelAtLeast level) {
            return objects.stream().anyMatch(o -> o instanceof CapabilityLevelMax max && max.getCapability() == level.capability()
                    && max.getLevel() >= level.level());
        }
        String key = ((Condition.KeyCondition) leaf).key();
        boolean given = false;
        for (Object object : objects) {
            if (object instanceof Fact fact && key.equals(fact.getKey())) {
                if (value(leaf, fact)) {
                    return true;
                }
                given = true;
            }
        }
        return !given;
    }

    /** How many of the leaves are true at best among the objects. */
    public static int countAtBest(List<Condition> leaves, Collection<?> objects) {
        int count = 0;
        for (Condition leaf : leaves) {
            if (atBest(leaf, objects)) {
                count++;
            }
        }
        return count;
    }
}
