package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.mnr.engine.model.Condition;

/**
 * A condition as plain data in the forms of the model, {@code {"key": ..., "atMost": 72}}, for
 * publishing criteria so that any tool can evaluate them without the engine.
 *
 * <p>Plain maps and lists rather than a JSON library's tree, so that the public API names no
 * third-party type; any JSON writer writes them in the order of the forms.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class ConditionData {

    private ConditionData() {
    }

    /** The condition as an ordered map of field to value (strings, booleans, numbers, lists of these or of conditions). */
    public static Map<String, Object> of(Condition condition) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (condition instanceof Condition.AnyOf anyOf) {
            data.put("anyOf", leaves(anyOf.of()));
        } else if (condition instanceof Condition.CountAtLeast count) {
            data.put("countAtLeast", count.count());
            data.put("of", leaves(count.of()));
        } else if (condition instanceof Condition.LevelAtLeast level) {
            data.put("capability", level.capability());
            data.put("levelAtLeast", level.level());
        } else {
            Condition.KeyCondition keyed = (Condition.KeyCondition) condition;
            data.put("key", keyed.key());
            if (keyed instanceof Condition.Equals equals) {
                data.put("equals", equals.value());
            } else if (keyed instanceof Condition.OneOf oneOf) {
                data.put("oneOf", List.copyOf(oneOf.values()));
            } else if (keyed instanceof Condition.AtLeast atLeast) {
                data.put("atLeast", atLeast.bound());
            } else if (keyed instanceof Condition.AtMost atMost) {
                data.put("atMost", atMost.bound());
            } else if (keyed instanceof Condition.IncludesAll includes) {
                data.put("includesAll", List.copyOf(includes.members()));
            } else {
                data.put("withinYears", ((Condition.WithinYears) keyed).years());
            }
        }
        return data;
    }

    private static List<Map<String, Object>> leaves(List<Condition> leaves) {
        return leaves.stream().map(ConditionData::of).toList();
    }
}
