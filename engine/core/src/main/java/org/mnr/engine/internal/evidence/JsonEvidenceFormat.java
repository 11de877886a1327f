package org.mnr.engine.internal.evidence;

import java.util.List;

/** Evidence as JSON, the engine's default format. */
public final class JsonEvidenceFormat extends TextEvidenceFormat {

    /** The format, as the service loader makes it. */
    public JsonEvidenceFormat() {
        super(EvidenceSyntax.JSON, List.of(".json"));
    }

    @Override
    public String name() {
        return "json";
    }
}
