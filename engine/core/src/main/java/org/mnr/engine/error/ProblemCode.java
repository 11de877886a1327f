package org.mnr.engine.error;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/**
 * The stable, machine-readable code of every problem and exception the engine and its libraries report.
 *
 * <p>A code never changes its meaning; a minor version may add codes (see docs/compatibility.md). Messages are
 * for people and may be reworded; an application that translates problems or answers over HTTP keys on the
 * {@linkplain #code() code}. The list with meanings is docs/problem-codes.md, generated from this enum.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public enum ProblemCode {
    /** Evidence cannot be scored; the exception's problems say why. */
    EVIDENCE_INVALID("evidence.invalid", "the evidence cannot be scored; its problems say why"),
    /** The file cannot be opened or read, or is not UTF-8 text. */
    EVIDENCE_UNREADABLE("evidence.unreadable", "the evidence cannot be opened or read, or is not UTF-8 text"),
    /** The evidence is in a format no reader on the class path handles. */
    EVIDENCE_FORMAT_UNSUPPORTED("evidence.format-unsupported",
            "no reader on the class path handles the evidence's format (e.g. .xlsx needs org.mnr:mnr-workbook)"),
    /** The text is not well-formed JSON or YAML. */
    EVIDENCE_SYNTAX("evidence.syntax", "the text is not well-formed JSON or YAML"),
    /** The file holds nothing, or more than one document. */
    EVIDENCE_EMPTY("evidence.empty", "the file holds no document, or content after it"),
    /** The file is larger than the maximum file size. */
    EVIDENCE_LIMIT_FILE_SIZE("evidence.limit.file-size", "the file is larger than the engine's maximum file size"),
    /** Values are nested deeper than the maximum depth. */
    EVIDENCE_LIMIT_DEPTH("evidence.limit.depth", "values are nested deeper than the engine's maximum depth"),
    /** A string is longer than the maximum string length. */
    EVIDENCE_LIMIT_STRING_LENGTH("evidence.limit.string-length", "a string is longer than the engine's maximum string length"),
    /** A number has more digits than the maximum number length. */
    EVIDENCE_LIMIT_NUMBER_LENGTH("evidence.limit.number-length", "a number has more digits than the engine's maximum number length"),
    /** The file holds more evidence items than the maximum item count. */
    EVIDENCE_LIMIT_ITEMS("evidence.limit.items", "the file holds more items than the engine's maximum item count"),
    /** A required field (country, its code, assessedOn, evidence, an item's key or value) is missing. */
    EVIDENCE_MISSING_FIELD("evidence.missing-field", "a required field (country, country.code, assessedOn, evidence, key, value) is missing"),
    /** A field the format does not define. */
    EVIDENCE_UNKNOWN_FIELD("evidence.unknown-field", "a field the evidence format does not define"),
    /** The same field twice in one object. */
    EVIDENCE_DUPLICATE_FIELD("evidence.duplicate-field", "the same field is given twice in one object"),
    /** A field holds the wrong kind of value, e.g. an array where an object belongs. */
    EVIDENCE_WRONG_TYPE("evidence.wrong-type", "a field of the format holds the wrong kind of value, e.g. an array where an object belongs"),
    /** A number that is not finite, or too long written out in full. */
    EVIDENCE_BAD_NUMBER("evidence.bad-number", "a number is not finite, or is too long written out in full"),
    /** A date that is not a valid ISO yyyy-mm-dd date. */
    EVIDENCE_BAD_DATE("evidence.bad-date", "a date is not a valid ISO yyyy-mm-dd date"),
    /** The country code is not an ISO 3166-1 alpha-2 code (XA to XZ are allowed for fictional countries). */
    EVIDENCE_UNKNOWN_COUNTRY("evidence.unknown-country", "the country code is not ISO 3166-1 alpha-2 (XA to XZ for fictional countries)"),
    /** A membership no pack and no part of the model knows. */
    EVIDENCE_UNKNOWN_MEMBERSHIP("evidence.unknown-membership", "a membership that neither the model nor a loaded pack knows"),
    /** A membership listed twice. */
    EVIDENCE_DUPLICATE_MEMBERSHIP("evidence.duplicate-membership", "a membership is listed twice"),
    /** An evidence key no loaded pack defines. */
    EVIDENCE_UNKNOWN_KEY("evidence.unknown-key", "an evidence key that no loaded pack defines"),
    /** An evidence key given twice. */
    EVIDENCE_DUPLICATE_KEY("evidence.duplicate-key", "an evidence key is given twice"),
    /** A warning: the key belongs to a variant that does not apply to the country, so it is ignored. */
    EVIDENCE_KEY_NOT_APPLIED("evidence.key-not-applied", "warning: the key belongs to a variant that does not apply to the country; it is ignored"),
    /** A warning: the key is retired by its pack; the message names what to give instead. */
    EVIDENCE_RETIRED_KEY("evidence.retired-key", "warning: the key is retired by its pack and ignored; the message names the key to give instead"),
    /** A value of the wrong type for its key, e.g. text for a number. */
    EVIDENCE_WRONG_VALUE_TYPE("evidence.wrong-value-type", "a value of the wrong type for its key, e.g. text where a number belongs"),
    /** A number outside its key's range. */
    EVIDENCE_OUT_OF_RANGE("evidence.out-of-range", "a number outside the range its key allows"),
    /** A value or set member its key does not allow. */
    EVIDENCE_NOT_ALLOWED("evidence.not-allowed", "a value or set member that its key does not allow"),
    /** A set member listed twice. */
    EVIDENCE_DUPLICATE_MEMBER("evidence.duplicate-member", "a member of a set is listed twice"),
    /** A date value later than the assessment date. */
    EVIDENCE_DATE_AFTER_ASSESSMENT("evidence.date-after-assessment", "a date value is later than assessedOn, the date the evidence describes"),
    /** The evidence still holds a blank template's placeholders. */
    EVIDENCE_TEMPLATE_PLACEHOLDER("evidence.template-placeholder", "the evidence still holds a blank template's placeholder date (and country code)"),
    /** An item's confidence is not one of verified, documented, reported. */
    EVIDENCE_UNKNOWN_CONFIDENCE("evidence.unknown-confidence", "an item's confidence is not one of verified, documented, reported"),
    /** The assessment's status is not draft or final. */
    EVIDENCE_UNKNOWN_STATUS("evidence.unknown-status", "the assessment's status is not one of draft, final"),
    /** A workbook lacks a sheet of the evidence template's layout. */
    EVIDENCE_WORKBOOK_LAYOUT("evidence.workbook-layout", "a workbook lacks a sheet of the evidence template's layout"),
    /** More problems than are listed; the first ones are reported. */
    EVIDENCE_TOO_MANY_PROBLEMS("evidence.too-many-problems", "more problems were found than are listed"),

    /** A pack cannot be loaded or used; the message or the pack problems say why. */
    PACK_INVALID("pack.invalid", "a pack cannot be loaded or used; its problems say why"),
    /** No pack where one was named: a missing folder, or a folder with no descriptor. */
    PACK_NOT_FOUND("pack.not-found", "no pack where one was named: a missing folder, or one without a pack descriptor"),
    /** No base pack is loaded. */
    PACK_NO_BASE("pack.no-base", "no base pack is loaded"),
    /** Two loaded packs share an id, or two packs claim to be the base. */
    PACK_DUPLICATE_ID("pack.duplicate-id", "two loaded packs share an id, or more than one pack is a base pack"),
    /** A variant pack was named that is not loaded. */
    PACK_UNKNOWN_VARIANT("pack.unknown-variant", "a variant pack was named that is not loaded"),
    /** A variant that applies cannot be used: a base criterion it replaces or waives is gone, or the base is outside its range. */
    PACK_BROKEN_VARIANT("pack.broken-variant", "a variant that applies to the country cannot be used with the base pack loaded:"
            + " a base criterion it replaces or waives is gone, or the base's version is outside its extends range"),

    /** A warning: a criterion does not say what it rests on. */
    PACK_MISSING_SOURCE("pack.missing-source", "warning: a criterion has no source (the document it rests on); lint reports it, the pack still loads"),

    /** A warning: a criterion sets a threshold or time window without saying why. */
    PACK_MISSING_RATIONALE("pack.missing-rationale", "warning: a criterion sets a number bound or a time window (atLeast, atMost,"
            + " withinYears) but has no rationale saying why that number; lint reports it, the pack still loads"),

    /** A warning: a pack's translation file lacks some of the pack's texts, which are shown in English. */
    PACK_TRANSLATION_INCOMPLETE("pack.translation-incomplete",
            "warning: a pack's translation file lacks some of its texts, which are shown in English; lint names the first few"),

    /** A rule kept firing past the bound of one assessment. */
    RULE_LOOP("rule.loop", "a pack's rule kept firing past the bound of one assessment (it loops)"),
    /** A rule's condition or action threw. */
    RULE_ERROR("rule.error", "a pack's rule threw while a country was assessed"),

    /** A library the engine needs is on the class path in a version older than it needs. */
    ENGINE_DEPENDENCY_VERSION("engine.dependency-version", "a library the engine needs (Jackson) is older than the minimum it supports"),
    /** A document read as a result is not one as the engine writes results. */
    RESULT_INVALID("result.invalid", "a document read as a result is malformed or not shaped as the results the engine writes"),

    /** An aggregate would show a count small enough to identify a country. */
    AGGREGATE_UNSAFE("aggregate.unsafe", "an aggregate would show a count small enough to identify a country"),
    /** A designer's test case file is malformed. */
    CASE_INVALID("case.invalid", "a designer's test case file is malformed");

    private final String code;
    private final String meaning;

    ProblemCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The stable code, e.g. {@code evidence.unknown-key}; JSON writes a code as this, never as the constant's name. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether the code marks a warning, which stops nothing: its meaning starts with {@code warning:}. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public boolean warning() {
        return meaning.startsWith("warning:");
    }

    /** What the code means, in one line. */
    public String meaning() {
        return meaning;
    }

    /** The code, as it is written in JSON and documentation. */
    @Override
    public String toString() {
        return code;
    }
}
