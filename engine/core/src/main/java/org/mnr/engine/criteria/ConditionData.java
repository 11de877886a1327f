package org.mnr.engine.criteria;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mnr.engine.model.Condition;

/**
 * A condition as JSON in the forms of the model, {@code {"key": ..., "atMost": 72}}, for
 * publishing criteria so that any tool can evaluate them without the engine.
 */
public final class ConditionData {

    private ConditionData() {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The condition as a JSON object, fields in the order the forms write them. */
    public static ObjectNode of(Condition condition) {
        ObjectNode data = NODES.objectNode();
        if (condition instanceof Condition.AnyOf anyOf) {
            data.set("anyOf", leaves(anyOf.of()));
        } else if (condition instanceof Condition.CountAtLeast count) {
            data.put("countAtLeast", count.count());
            data.set("of", leaves(count.of()));
        } else if (condition instanceof Condition.LevelAtLeast level) {
            data.put("capability", level.capability());
            data.put("levelAtLeast", level.level());
        } else {
            Condition.KeyCondition keyed = (Condition.KeyCondition) condition;
            data.put("key", keyed.key());
            if (keyed instanceof Condition.Equals equals) {
                if (equals.value() instanceof Boolean flag) {
                    data.put("equals", flag);
                } else {
                    data.put("equals", (String) equals.value());
                }
            } else if (keyed instanceof Condition.OneOf oneOf) {
                data.set("oneOf", strings(oneOf.values()));
            } else if (keyed instanceof Condition.AtLeast atLeast) {
                data.put("atLeast", atLeast.bound());
            } else if (keyed instanceof Condition.AtMost atMost) {
                data.put("atMost", atMost.bound());
            } else if (keyed instanceof Condition.IncludesAll includes) {
                data.set("includesAll", strings(includes.members()));
            } else {
                data.put("withinYears", ((Condition.WithinYears) keyed).years());
            }
        }
        return data;
    }

    private static ArrayNode leaves(List<Condition> leaves) {
        ArrayNode array = NODES.arrayNode();
        leaves.forEach(l -> array.add(of(l)));
        return array;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
