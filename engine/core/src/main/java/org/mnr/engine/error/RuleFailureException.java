package org.mnr.engine.error;

import java.util.Locale;

/**
 * A pack's rule misbehaved while a country was assessed: it kept firing past the engine's bound (a loop),
 * or it threw. The assessment is abandoned; nothing is scored from it.
 *
 * <p>This is a fault of the pack, not of the evidence: the message names the pack, the rule and the
 * country, so that the pack's author can reproduce it.
 */
public final class RuleFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the rule misbehaved. */
    public enum Kind {
        /** It fired more times than one assessment may take. */
        LOOP,
        /** Its condition or its action threw an exception. */
        ERROR
    }

    private final Kind kind;
    private final String pack;
    private final String rule;
    private final String country;
    private final String origin;

    private RuleFailureException(Kind kind, String pack, String rule, String country, String origin, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.pack = pack;
        this.rule = rule;
        this.country = country;
        this.origin = origin;
    }

    /** A rule that fired {@code limit} times in one assessment. */
    public static RuleFailureException loop(String pack, String rule, int fired, int limit, String country, String origin) {
        String message = String.format(Locale.ROOT,
                "rule %s of pack %s fired %,d times while assessing %s, and all rules together reached the limit of %,d firings"
                        + " for one assessment: the rule loops, e.g. by modifying or inserting the facts it matches",
                quote(rule), pack, fired, subject(country, origin), limit);
        return new RuleFailureException(Kind.LOOP, pack, rule, country, origin, message, null);
    }

    /** A rule whose condition or action threw; {@code rule} and {@code pack} are null when the rule is not known. */
    public static RuleFailureException error(String pack, String rule, String country, String origin, Throwable cause) {
        String which = rule == null ? "a rule" : "rule " + quote(rule) + " of pack " + pack;
        String message = which + " failed while assessing " + subject(country, origin) + ": " + describe(cause);
        return new RuleFailureException(Kind.ERROR, pack, rule, country, origin, message, cause);
    }

    private static String quote(String rule) {
        return "\"" + rule + "\"";
    }

    private static String subject(String country, String origin) {
        return country + " (" + origin + ")";
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return "it threw " + root.getClass().getSimpleName() + message;
    }

    /** Whether the rule looped or threw. */
    public Kind kind() {
        return kind;
    }

    /** The id of the pack that holds the rule, or null when the rule is not known. */
    public String pack() {
        return pack;
    }

    /** The rule's name (its criterion id), or null when not known. */
    public String rule() {
        return rule;
    }

    /** The code of the country being assessed. */
    public String country() {
        return country;
    }

    /** The evidence file (or label) being assessed. */
    public String origin() {
        return origin;
    }
}
