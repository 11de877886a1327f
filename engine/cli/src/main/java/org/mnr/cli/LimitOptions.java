package org.mnr.cli;

import org.mnr.engine.internal.evidence.ByteSizes;
import org.mnr.engine.evidence.EvidenceLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options that raise or lower the limits on evidence files, shared by every command that reads
 * them; each defaults to {@link EvidenceLimits#DEFAULTS}.
 */
final class LimitOptions {

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "The largest evidence file read, e.g. 10MB (the default), 512KB or 1048576 (bytes); 1KB is 1024 bytes.")
    private Long maxFileSize;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "The deepest nesting of arrays and objects in an evidence file; the document is depth 1 (default: ${DEFAULT-VALUE}).")
    private int maxDepth = EvidenceLimits.DEFAULTS.maxDepth();

    @Option(names = "--max-string-length", paramLabel = "N",
            description = "The most characters in a string or field name of an evidence file (default: ${DEFAULT-VALUE}).")
    private int maxStringLength = EvidenceLimits.DEFAULTS.maxStringLength();

    @Option(names = "--max-number-length", paramLabel = "N",
            description = "The most digits of a number written out in full, so 1e9 has 10 (default: ${DEFAULT-VALUE}).")
    private int maxNumberLength = EvidenceLimits.DEFAULTS.maxNumberLength();

    @Option(names = "--max-items", paramLabel = "N",
            description = "The most array elements in an evidence file: items, set members and memberships counted together"
                    + " (default: ${DEFAULT-VALUE}).")
    private int maxItems = EvidenceLimits.DEFAULTS.maxItems();

    /** The limits the options describe. */
    EvidenceLimits limits() {
        // Checked here rather than left to EvidenceLimits, so that the mistake is told by option and in the command's language.
        positive("--max-depth", maxDepth);
        positive("--max-string-length", maxStringLength);
        positive("--max-number-length", maxNumberLength);
        positive("--max-items", maxItems);
        if (maxFileSize != null) {
            positive("--max-file-size", maxFileSize);
        }
        try {
            return new EvidenceLimits(maxFileSize == null ? EvidenceLimits.DEFAULTS.maxFileSize() : maxFileSize, maxDepth,
                    maxStringLength, maxNumberLength, maxItems);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void positive(String option, long value) {
        if (value < 1) {
            throw UsageException.of("msg.positive", option, value);
        }
    }

    /** Reads sizes such as {@code 10MB}. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ByteSizes.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CliConversionException(CliText.words("msg.size", value));
            }
        }
    }
}
