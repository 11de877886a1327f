package org.mnr.engine.internal.lint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.mnr.engine.internal.evidence.EvidenceSyntax;
import org.mnr.engine.pack.Pack;

/**
 * The criterion ids a pack's criteria files write, whether or not the criterion could be read, so that a criterion
 * refused for a defect is still known by its id: its defect is reported once, where it is written, and not again for
 * every translation that names it.
 */
final class WrittenCriterionIds {

    /** The sections of a criteria file that list criteria. */
    private static final Set<String> SECTIONS = Set.of("criteria", "adds", "replaces");

    private WrittenCriterionIds() {
    }

    /**
     * Every {@code id} of an item of the lists of criteria ({@code criteria}, {@code adds}, {@code replaces}; not
     * {@code waives}) of the pack's criteria files; a file that cannot be read or parsed adds what was read before the fault.
     */
    static Set<String> of(Pack pack) {
        Set<String> ids = new TreeSet<>();
        for (String file : pack.descriptor().criteria()) {
            try (JsonParser parser = EvidenceSyntax.YAML.factory().createParser(pack.resources().read(file))) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.FIELD_NAME && parser.currentName().equals("id") && isListItem(parser.getParsingContext())
                            && parser.nextToken() == JsonToken.VALUE_STRING) {
                        ids.add(parser.getText().strip());
                    }
                }
            } catch (IOException e) {
                // Reading the file reported why it cannot be read; the ids before the fault are kept.
            }
        }
        return ids;
    }

    /** Whether a field is of a mapping that is an item of a list of criteria, a field of the document's top mapping. */
    private static boolean isListItem(JsonStreamContext field) {
        JsonStreamContext list = field.getParent();
        if (list == null || !list.inArray() || list.getParent() == null || !list.getParent().inObject()
                || list.getParent().getParent() == null || !list.getParent().getParent().inRoot()) {
            return false;
        }
        return SECTIONS.contains(list.getParent().getCurrentName());
    }
}
