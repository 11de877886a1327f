package org.mnr.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mnr.engine.internal.result.ResultMapper;
import org.mnr.engine.evidence.Country;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;

/**
 * Writes evidence in the usual file format, one item a line as the fixtures are, so that a file saved
 * from the browser reads, diffs and scores like any other.
 */
final class EvidenceJson {

    private static final ObjectMapper MAPPER = ResultMapper.mapper();

    private EvidenceJson() {
    }

    static String write(Evidence evidence) {
        StringBuilder json = new StringBuilder("{\n");
        Country country = evidence.country();
        ObjectNode countryNode = MAPPER.createObjectNode().put("code", country.code());
        if (country.name() != null) {
            countryNode.put("name", country.name());
        }
        if (!country.memberships().isEmpty()) {
            countryNode.set("memberships", MAPPER.valueToTree(country.memberships()));
        }
        json.append("  \"country\": ").append(compact(countryNode)).append(",\n");
        json.append("  \"assessedOn\": \"").append(evidence.assessedOn()).append("\",\n");
        // Who assessed, for whom, draft or final: kept when a YAML file or a workbook is saved as JSON.
        evidence.assessment().ifPresent(info -> json.append("  \"assessment\": ").append(compact(MAPPER.valueToTree(info))).append(",\n"));
        json.append("  \"evidence\": [");
        List<EvidenceItem> items = evidence.items();
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(compact(item(items.get(i))));
        }
        json.append(items.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return json.toString();
    }

    private static ObjectNode item(EvidenceItem item) {
        ObjectNode node = MAPPER.createObjectNode().put("key", item.key());
        Object value = item.value();
        if (value == null) {
            node.putNull("value");
        } else if (value instanceof Boolean b) {
            node.put("value", b);
        } else if (value instanceof BigDecimal n) {
            node.put("value", n);
        } else if (value instanceof Number n) {
            node.put("value", new BigDecimal(n.toString()));
        } else if (value instanceof LocalDate || value instanceof String) {
            node.put("value", value.toString());
        } else if (value instanceof List<?> list) {
            node.set("value", MAPPER.valueToTree(list.stream().map(String::valueOf).toList()));
        } else {
            node.put("value", value.toString());
        }
        if (item.source() != null) {
            node.put("source", item.source());
        }
        if (item.note() != null) {
            node.put("note", item.note());
        }
        if (item.confidence() != null) {
            node.put("confidence", item.confidence().word());
        }
        return node;
    }

    private static String compact(ObjectNode node) {
        try {
            // Jackson writes the separators without spaces; the fixtures have a space after each, as people write them.
            return MAPPER.writer(new OneLinePrinter()).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings, numbers and booleans always writes", e);
        }
    }

    /** Writes on one line, with a space after each colon and comma. */
    private static final class OneLinePrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }
    }
}
