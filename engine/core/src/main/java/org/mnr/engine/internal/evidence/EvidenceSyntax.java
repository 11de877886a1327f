package org.mnr.engine.internal.evidence;

import org.mnr.engine.evidence.EvidenceLimits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.util.Locale;

/**
 * The text syntaxes an evidence file may be written in; both describe the same document.
 *
 * <p>Spreadsheets are read outside the engine library, by the command line, so that the engine does
 * not carry a spreadsheet library.
 */
public enum EvidenceSyntax {
    /** JSON, the reference form of evidence. */
    JSON("JSON", "a JSON object"),
    /** YAML, mirroring the JSON structure: a mapping with country, assessedOn and evidence. */
    YAML("YAML", "a YAML mapping");

    private final String displayName;
    private final String document;

    EvidenceSyntax(String displayName, String document) {
        this.displayName = displayName;
        this.document = document;
    }

    /** The syntax's name in messages, e.g. {@code YAML}. */
    public String displayName() {
        return displayName;
    }

    /** What the whole document is, e.g. {@code a YAML mapping}, for messages. */
    String document() {
        return document;
    }

    /** YAML for a name ending in {@code .yaml} or {@code .yml} (in any case), JSON otherwise. */
    public static EvidenceSyntax forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * The parser factory evidence is read with, within the given limits. Public so that every YAML the project reads from
     * users (case files in the test kit) is read with the same settings: one reading of {@code yes}, {@code NO} and empty
     * values everywhere.
     */
    public JsonFactory factory(EvidenceLimits limits) {
        return factory(ReadConstraints.of(limits));
    }

    /**
     * The parser factory with the same settings but Jackson's own size limits, for the files of a pack (descriptor,
     * vocabulary, criteria), which are not evidence and may be larger: a pack's {@code values: [yes, no]} or
     * {@code appliesTo: [NO]} then reads as the text an evidence file gives, not as booleans (issue 16).
     */
    public JsonFactory factory() {
        return factory(StreamReadConstraints.defaults());
    }

    JsonFactory factory(StreamReadConstraints constraints) {
        return switch (this) {
            case JSON -> JsonFactory.builder().streamReadConstraints(constraints).build();
            // An empty YAML value ("value:") means not known, as null does. Only true and false are
            // booleans (YAML 1.2), so that Norway's code NO stays a string and "yes" is refused as in JSON.
            case YAML -> YAMLFactory.builder().streamReadConstraints(constraints)
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL, YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .build();
        };
    }
}
