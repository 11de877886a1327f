package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.function.IntFunction;
import org.mnr.engine.model.Condition;

/**
 * A condition in words, for catalogues and explanations: {@code hotline.median_takedown_hours is at most 72}.
 *
 * <p>Keys and values keep their exact names, so a reader can match them with the evidence file.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class ConditionWords {

    private ConditionWords() {
    }

    /** The condition in words, naming levels by number only. */
    public static String of(Condition condition) {
        return of(condition, level -> "level " + level);
    }

    /**
     * The condition in words.
     *
     * @param levelName how to name a level, e.g. {@code 2 (Developing)}
     */
    public static String of(Condition condition, IntFunction<String> levelName) {
        if (condition instanceof Condition.AnyOf anyOf) {
            return "any of: " + joined(anyOf.of(), levelName);
        }
        if (condition instanceof Condition.CountAtLeast count) {
            return "at least " + count.count() + " of: " + joined(count.of(), levelName);
        }
        return leaf(condition, levelName);
    }

    private static String joined(List<Condition> leaves, IntFunction<String> levelName) {
        return String.join("; ", leaves.stream().map(l -> leaf(l, levelName)).toList());
    }

    private static String leaf(Condition leaf, IntFunction<String> levelName) {
        if (leaf instanceof Condition.LevelAtLeast level) {
            return "capability " + level.capability() + " is at " + levelName.apply(level.level()) + " or above";
        }
        if (leaf instanceof Condition.Equals equals) {
            return equals.key() + " is " + equals.value();
        }
        if (leaf instanceof Condition.OneOf oneOf) {
            return oneOf.values().size() == 1 ? oneOf.key() + " is " + oneOf.values().get(0)
                    : oneOf.key() + " is one of " + String.join(", ", oneOf.values());
        }
        if (leaf instanceof Condition.AtLeast atLeast) {
            return atLeast.key() + " is at least " + atLeast.bound().toPlainString();
        }
        if (leaf instanceof Condition.AtMost atMost) {
            return atMost.key() + " is at most " + atMost.bound().toPlainString();
        }
        if (leaf instanceof Condition.IncludesAll includes) {
            return includes.key() + " includes " + String.join(", ", includes.members());
        }
        Condition.WithinYears within = (Condition.WithinYears) leaf;
        return within.key() + " is a date in the " + within.years() + (within.years() == 1 ? " year" : " years") + " up to the assessment";
    }
}
