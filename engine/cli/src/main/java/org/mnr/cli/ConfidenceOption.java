package org.mnr.cli;

import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.internal.evidence.Suggestion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The option that sets the least confidence an evidence item needs to count, shared by every command that builds an engine. */
final class ConfidenceOption {

    @Option(names = "--min-confidence", paramLabel = "C", converter = ConfidenceConverter.class,
            description = "Count only evidence items of this confidence or stronger: verified, documented or reported (the default,"
                    + " every item). Weaker items count as no evidence, so what they would decide is unknown, not unmet;"
                    + " the result records the minimum used (docs/model.md).")
    private Confidence minConfidence = Confidence.REPORTED;

    /** The least confidence chosen. */
    Confidence minConfidence() {
        return minConfidence;
    }

    /** The builder with the least confidence chosen. */
    MaturityEngine.Builder applyTo(MaturityEngine.Builder builder) {
        return builder.minConfidence(minConfidence);
    }

    /** Reads a confidence word, with a did-you-mean for a misspelt one. */
    static final class ConfidenceConverter implements ITypeConverter<Confidence> {
        @Override
        public Confidence convert(String value) {
            return Confidence.parse(value).orElseThrow(() -> new CliConversionException(Suggestion.closest(value, Confidence.words())
                    .map(c -> CliText.words("msg.confidence-hint", value, c)).orElseGet(() -> CliText.words("msg.confidence", value))));
        }
    }
}
