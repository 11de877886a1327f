package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Locale;
import org.mnr.engine.error.ProblemCode;
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
@API(status = STABLE, since = "1.0")
public record EvidenceLimits(long maxFileSize, int maxDepth, int maxStringLength, int maxNumberLength, int maxItems) {

    /** 10 MB, depth 64, strings of 100,000 characters, numbers of 100 digits, 10,000 items. */
    public static final EvidenceLimits DEFAULTS = new EvidenceLimits(10L * 1024 * 1024, 64, 100_000, 100, 10_000);

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

    /** The problem's wording for a value over a limit: the limit, its value and how to raise it. */
    public String exceeded(Limit limit) {
        return "the " + limit.description() + " of " + limit.format(value(limit));
    }

    /** Each limit, with the code of a problem over it. */
    public enum Limit {
        /** {@link EvidenceLimits#maxFileSize()}. */
        FILE_SIZE("maximum file size", "maxFileSize", ProblemCode.EVIDENCE_LIMIT_FILE_SIZE),
        /** {@link EvidenceLimits#maxDepth()}. */
        DEPTH("maximum nesting depth", "maxDepth", ProblemCode.EVIDENCE_LIMIT_DEPTH),
        /** {@link EvidenceLimits#maxStringLength()}. */
        STRING_LENGTH("maximum string length", "maxStringLength", ProblemCode.EVIDENCE_LIMIT_STRING_LENGTH),
        /** {@link EvidenceLimits#maxNumberLength()}. */
        NUMBER_LENGTH("maximum number length", "maxNumberLength", ProblemCode.EVIDENCE_LIMIT_NUMBER_LENGTH),
        /** {@link EvidenceLimits#maxItems()}. */
        ITEMS("maximum item count", "maxItems", ProblemCode.EVIDENCE_LIMIT_ITEMS);

        private final String description;
        private final String property;
        private final ProblemCode code;

        Limit(String description, String property, ProblemCode code) {
            this.description = description;
            this.property = property;
            this.code = code;
        }

        /** What the limit bounds, e.g. {@code maximum nesting depth}. */
        public String description() {
            return description;
        }

        /** The code of a problem over this limit, e.g. {@code evidence.limit.depth}. */
        public ProblemCode code() {
            return code;
        }

        /** The library's hint of a problem over this limit; a host such as the command line names its own setting. */
        public String hint() {
            return "if the file is genuine, raise the limit " + property + " of the engine's EvidenceLimits";
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
