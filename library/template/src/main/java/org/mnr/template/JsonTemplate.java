package org.mnr.template;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter.NopIndenter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.internal.result.ResultMapper;
import org.mnr.engine.result.ResultJson;

/**
 * Writes a template as an evidence JSON document, one item a line: itself valid evidence, since a
 * null value means "not known", with each key's type, allowed values and meaning in its note, and a
 * confidence (null: not said) to fill in beside its source.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class JsonTemplate {

    private static final ObjectWriter ONE_LINE = ResultMapper.mapper().writer(oneLinePrinter());

    private JsonTemplate() {
    }

    /** The document's country, as evidence writes it. */
    @JsonPropertyOrder({"code", "name", "memberships"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CountryFields(String code, String name, List<String> memberships) {
    }

    /** One evidence item, with every field written so that each is there to fill in. */
    @JsonPropertyOrder({"key", "value", "source", "note", "confidence"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(String key, Object value, String source, String note, Confidence confidence) {
    }

    /**
     * The template as JSON, ending with a line feed. A row without value, source or note gets its key's
     * description as its note; a row with any of them keeps its own note.
     */
    public static String write(EvidenceTemplate template) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"country\": ").append(line(new CountryFields(template.code(), template.name(), template.memberships()))).append(",\n");
        json.append("  \"assessedOn\": ").append(line(template.assessedOn().toString())).append(",\n");
        if (template.assessment() != null) {
            json.append("  \"assessment\": ").append(line(template.assessment())).append(",\n");
        }
        json.append("  \"evidence\": [");
        List<EvidenceTemplate.Row> rows = template.rows();
        for (int i = 0; i < rows.size(); i++) {
            EvidenceTemplate.Row row = rows.get(i);
            boolean blank = row.value() == null && row.source() == null && row.note() == null;
            String note = blank && row.definition() != null ? KeyDescriptions.note(row.definition()) : row.note();
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(line(new Item(row.key(), jsonValue(row.value()), row.source(), note, row.confidence())));
        }
        json.append(rows.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return json.toString();
    }

    private static Object jsonValue(Object value) {
        return value instanceof LocalDate date ? date.toString() : value;
    }

    private static String line(Object value) {
        try {
            return ONE_LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"key": value, "other": value}} on one line, as the project's fixtures are written. */
    private static DefaultPrettyPrinter oneLinePrinter() {
        DefaultPrettyPrinter printer = new OneLinePrinter();
        printer.indentObjectsWith(NopIndenter.instance);
        printer.indentArraysWith(NopIndenter.instance);
        return printer;
    }

    /** Jackson's pretty printer without line breaks, and with empty arrays and objects as {@code []} and {@code {}}. */
    private static final class OneLinePrinter extends DefaultPrettyPrinter {

        private static final long serialVersionUID = 1L;

        OneLinePrinter() {
            super(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.AFTER)
                    .withArrayValueSpacing(Separators.Spacing.AFTER));
        }

        private OneLinePrinter(OneLinePrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new OneLinePrinter(this);
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            generator.writeRaw(']');
        }

        @Override
        public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
            generator.writeRaw('}');
        }
    }
}
