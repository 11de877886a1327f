package org.mnr.engine.internal.evidence;

import java.util.List;

/** Evidence as YAML. */
public final class YamlEvidenceFormat extends TextEvidenceFormat {

    /** The format, as the service loader makes it. */
    public YamlEvidenceFormat() {
        super(EvidenceSyntax.YAML, List.of(".yaml", ".yml"));
    }

    @Override
    public String name() {
        return "yaml";
    }
}
