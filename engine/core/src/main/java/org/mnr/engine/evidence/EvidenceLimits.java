package org.mnr.engine.evidence;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import org.mnr.engine.internal.evidence.ByteSizes;

/**
 * The bounds on what an evidence file may hold, so that a broken or hostile file is rejected with a
 * clear problem instead of exhausting memory or time.
 *
 * <p>A file over a limit is invalid, and the problem names the limit and the command-line option that
 * raises it. The defaults fit any real evidence file many times over: a complete file for every key of
 * every pack is a few tens of kilobytes, four levels deep, with a few hundred items.
 *
 * @param maxFileSize the most bytes a file may hold
 * @param maxDepth the deepest nesting of arrays and objects; the document's own object is depth 1
 * @param maxStringLength the most characters a string or a field name may hold
 * @param maxNumberLength the most digits a number may have written out in full, so that {@code 1e999999999}
 *     is as long as the billion digits it stands for
 * @param maxItems the most array elements the file may hold, counted together: the evidence items, the
 *     members of sets, the memberships and the elements of any other array
 */
public record EvidenceLimits(long maxFileSize, int maxDepth, int maxStringLength, int maxNumberLength, int maxItems) {

    /** 10 MB, depth 64, strings of 100,000 characters, numbers of 100 digits, 10,000 items. */
    public static final EvidenceLimits DEFAULTS = new EvidenceLimits(10L * 1024 * 1024, 64, 100_000, 100, 10_000);

    /** The characters a number may have beyond its digits: sign, point, exponent and its sign and digits. */
    private static final int NUMBER_SIGNS = 16;

    /** Checks that every limit is positive. */
    public EvidenceLimits {
        positive(maxFileSize, Limit.FILE_SIZE);
        positive(maxDepth, Limit.DEPTH);
        positive(maxStringLength, Limit.STRING_LENGTH);
        positive(maxNumberLength, Limit.NUMBER_LENGTH);
        positive(maxItems, Limit.ITEMS);
    }

    private static void positive(long value, Limit limit) {
        if (value < 1) {
            throw new IllegalArgumentException("the " + limit.description() + " must be at least 1, not " + value);
        }
    }

    /** The defaults. */
    public static EvidenceLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another maximum file size, in bytes. */
    public EvidenceLimits withMaxFileSize(long bytes) {
        return new EvidenceLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxItems);
    }

    /** These limits with another maximum nesting depth. */
    public EvidenceLimits withMaxDepth(int depth) {
        return new EvidenceLimits(maxFileSize, depth, maxStringLength, maxNumberLength, maxItems);
    }

    /** These limits with another maximum string length, in characters. */
    public EvidenceLimits withMaxStringLength(int characters) {
        return new EvidenceLimits(maxFileSize, maxDepth, characters, maxNumberLength, maxItems);
    }

    /** These limits with another maximum number length, in digits. */
    public EvidenceLimits withMaxNumberLength(int digits) {
        return new EvidenceLimits(maxFileSize, maxDepth, maxStringLength, digits, maxItems);
    }

    /** These limits with another maximum number of items in an array or fields in an object. */
    public EvidenceLimits withMaxItems(int items) {
        return new EvidenceLimits(maxFileSize, maxDepth, maxStringLength, maxNumberLength, items);
    }

    /** The value of one limit. */
    public long value(Limit limit) {
        return switch (limit) {
            case FILE_SIZE -> maxFileSize;
            case DEPTH -> maxDepth;
            case STRING_LENGTH -> maxStringLength;
            case NUMBER_LENGTH -> maxNumberLength;
            case ITEMS -> maxItems;
        };
    }

    /**
     * The same limits as Jackson enforces them while it parses; the reader checks items and the digits of
     * numbers written out itself, since Jackson does not. Jackson counts a number's characters, so it is
     * given room for a sign, a decimal point and an exponent beyond the digits.
     */
    public StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxFileSize)
                .maxNestingDepth(maxDepth)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxStringLength)
                .maxNumberLength(maxNumberLength > Integer.MAX_VALUE - NUMBER_SIGNS ? Integer.MAX_VALUE : maxNumberLength + NUMBER_SIGNS)
                .build();
    }

    /** The problem's wording for a value over a limit: the limit, its value and how to raise it. */
    public String exceeded(Limit limit) {
        return "the " + limit.description() + " of " + limit.format(value(limit));
    }

    /** Each limit, with the command-line option that raises it. */
    public enum Limit {
        /** {@link EvidenceLimits#maxFileSize()}. */
        FILE_SIZE("maximum file size", "--max-file-size"),
        /** {@link EvidenceLimits#maxDepth()}. */
        DEPTH("maximum nesting depth", "--max-depth"),
        /** {@link EvidenceLimits#maxStringLength()}. */
        STRING_LENGTH("maximum string length", "--max-string-length"),
        /** {@link EvidenceLimits#maxNumberLength()}. */
        NUMBER_LENGTH("maximum number length", "--max-number-length"),
        /** {@link EvidenceLimits#maxItems()}. */
        ITEMS("maximum item count", "--max-items");

        private final String description;
        private final String option;

        Limit(String description, String option) {
            this.description = description;
            this.option = option;
        }

        /** What the limit bounds, e.g. {@code maximum nesting depth}. */
        public String description() {
            return description;
        }

        /** The option of {@code mnr score} and {@code mnr validate} that sets it, e.g. {@code --max-depth}. */
        public String option() {
            return option;
        }

        /** The hint of a problem over this limit. */
        public String hint() {
            return "if the file is genuine, raise the limit with " + option;
        }

        /** A value of this limit as people read it: sizes in KB or MB when whole, else bytes. */
        public String format(long value) {
            return switch (this) {
                case FILE_SIZE -> ByteSizes.format(value);
                case DEPTH -> String.valueOf(value);
                case STRING_LENGTH -> String.format(Locale.ROOT, "%,d characters", value);
                case NUMBER_LENGTH -> value + " digits";
                case ITEMS -> String.format(Locale.ROOT, "%,d", value);
            };
        }
    }
}
