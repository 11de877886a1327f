package org.mnr.engine.internal.evidence;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.mnr.engine.evidence.EvidenceFormat;
import org.mnr.engine.evidence.ParsedEvidence;

/** The engine's own formats, JSON and YAML, read by {@link EvidenceReader}. */
abstract class TextEvidenceFormat implements EvidenceFormat {

    private final EvidenceSyntax syntax;
    private final List<String> extensions;

    TextEvidenceFormat(EvidenceSyntax syntax, List<String> extensions) {
        this.syntax = syntax;
        this.extensions = extensions;
    }

    @Override
    public List<String> extensions() {
        return extensions;
    }

    @Override
    public ParsedEvidence read(Path file, Context context) {
        return new EvidenceReader(syntax, context.limits()).read(file);
    }

    @Override
    public ParsedEvidence read(InputStream input, String origin, Context context) {
        return new EvidenceReader(syntax, context.limits()).read(input, origin);
    }
}
