package org.mnr.engine.result;

import org.mnr.engine.error.InvalidResultException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonParseException;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.mnr.engine.internal.result.ResultMapper;

/**
 * Writes results as JSON: two-space indent, fields in a fixed order, LF line ends, so that the same
 * result always gives the same bytes on every platform; and reads them back.
 */
@API(status = STABLE, since = "1.0")
public final class ResultJson {

    private static final ObjectWriter WRITER = ResultMapper.mapper().writer(new CompactEmptyPrinter());

    /**
     * Reads results of this and later engine versions: unknown fields are skipped, an absent list is
     * empty, and decimals stay exact.
     */
    private static final ObjectReader READER = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(LocalDate.class, new IsoDateDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build()
            .readerFor(Assessment.class);

    private ResultJson() {
    }

    /** The JSON of any result value, ending with a line feed. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a result as {@link #write(Object)} writes an {@link Assessment}; a result of format 1.0 reads with the
     * 1.1 fields derived from what it lists, never more certain than it was (docs/compatibility.md).
     *
     * @throws InvalidResultException when the JSON is malformed or is not shaped as a result, saying where in the
     *     document's own terms (line, column and field), never in the JSON library's
     */
    public static Assessment read(byte[] json) {
        Assessment assessment;
        try {
            assessment = READER.readValue(json);
        } catch (JsonParseException e) {
            throw new InvalidResultException("not a result: the text is not valid JSON" + where(e));
        } catch (IOException e) {
            String own = e instanceof JsonMappingException mapping && String.valueOf(mapping.getOriginalMessage()).contains("not an ISO date")
                    ? "a date is not an ISO date (yyyy-mm-dd)" : "a field holds a value of the wrong kind";
            throw new InvalidResultException("not a result: " + own + where(e));
        }
        if (assessment == null || assessment.country() == null || assessment.assessedOn() == null || assessment.capabilities().isEmpty()) {
            throw new InvalidResultException("not a result: it has no country, assessedOn or capabilities");
        }
        return FormatUpgrade.needed(assessment.formatVersion()) ? FormatUpgrade.upgrade(assessment) : assessment;
    }

    /** Where a reading problem is, as line and column and, for a field, its JSON pointer. */
    private static String where(IOException e) {
        StringBuilder where = new StringBuilder();
        if (e instanceof JsonProcessingException processing && processing.getLocation() != null) {
            where.append(" at line ").append(processing.getLocation().getLineNr())
                    .append(", column ").append(processing.getLocation().getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()));
            }
            where.append(" (").append(pointer).append(')');
        }
        return where.toString();
    }

    /**
     * The JSON Schema (draft 2020-12) of results as {@link #write(Object)} writes an {@link Assessment}: the same
     * text as docs/schema/result.schema.json, which {@code mnr schema --kind result} generates.
     */
    public static String schema() {
        try (InputStream in = ResultJson.class.getResourceAsStream("/org/mnr/engine/result.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the engine jar lacks org/mnr/engine/result.schema.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the ISO dates results write. */
    private static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
            }
        }
    }
}
