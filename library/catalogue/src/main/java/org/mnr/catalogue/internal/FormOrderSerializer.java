package org.mnr.catalogue.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a condition's data in the order of the model's forms ({@code key} before {@code atMost}), nested
 * conditions too: the result mapper sorts ordinary maps by key for byte-stable output, which would put
 * {@code atMost} first and make the published forms harder to read than the table they come from.
 */
public final class FormOrderSerializer extends StdSerializer<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    /** The serializer, as Jackson makes it from the annotation. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public FormOrderSerializer() {
        super((Class<Map<String, Object>>) (Class) Map.class);
    }

    @Override
    public void serialize(Map<String, Object> condition, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeStartObject();
        for (Map.Entry<String, Object> field : condition.entrySet()) {
            generator.writeFieldName(field.getKey());
            write(field.getValue(), generator, provider);
        }
        generator.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private void write(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (value instanceof Map<?, ?> nested) {
            serialize((Map<String, Object>) nested, generator, provider);
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                write(element, generator, provider);
            }
            generator.writeEndArray();
        } else {
            provider.defaultSerializeValue(value, generator);
        }
    }
}
