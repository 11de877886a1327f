package org.mnr.engine.result;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/** Jackson's pretty printer with LF line ends, {@code "key": value}, and empty arrays and objects as {@code []} and {@code {}}. */
final class CompactEmptyPrinter extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    CompactEmptyPrinter() {
        super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    private CompactEmptyPrinter(CompactEmptyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new CompactEmptyPrinter(this);
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
        if (!_arrayIndenter.isInline()) {
            --_nesting;
        }
        if (values > 0) {
            _arrayIndenter.writeIndentation(generator, _nesting);
        }
        generator.writeRaw(']');
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
        if (!_objectIndenter.isInline()) {
            --_nesting;
        }
        if (entries > 0) {
            _objectIndenter.writeIndentation(generator, _nesting);
        }
        generator.writeRaw('}');
    }
}
