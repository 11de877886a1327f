package org.mnr.engine.internal.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.ValueType;
import org.mnr.engine.spi.Fact;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.CheckedEvidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Placeholders;
import org.mnr.engine.evidence.Problem;

/**
 * Checks evidence against the vocabulary of the loaded packs and turns it into facts.
 *
 * <p>Every problem is collected: an unknown key (with the closest known key), a key given twice, a
 * value of the wrong type, out of range or not allowed, a bad country code or membership. A key that
 * belongs only to a variant that does not apply, or that its pack has retired, is ignored with a warning. A null value means "not
 * known" and counts as no evidence.
 */
public final class EvidenceValidator {

    /** The hint of an unknown key that resembles no known key; a host may name its own way of listing keys. */
    public static final String UNKNOWN_KEY_HINT = "an evidence template lists the keys of the loaded packs";

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private final Map<String, EvidenceKey> vocabulary;
    private final Set<String> memberships;

    /**
     * A validator for the given vocabulary.
     *
     * @param vocabulary every key of every loaded pack
     * @param memberships the membership codes the engine knows
     */
    public EvidenceValidator(Collection<EvidenceKey> vocabulary, Collection<String> memberships) {
        Map<String, EvidenceKey> keys = new HashMap<>();
        vocabulary.forEach(k -> keys.put(k.key(), k));
        this.vocabulary = Map.copyOf(keys);
        this.memberships = Set.copyOf(memberships);
    }

    /**
     * Checks evidence for a country to which the given packs apply.
     *
     * @param evidence the evidence
     * @param applicablePacks the ids of the base pack and the variants that apply
     */
    public CheckedEvidence check(Evidence evidence, Set<String> applicablePacks) {
        String file = evidence.origin();
        List<Problem> problems = new ArrayList<>();
        checkCountry(evidence, file, problems);
        boolean placeholder = checkPlaceholders(evidence, file, problems);
        Map<String, Fact> facts = new TreeMap<>();
        Map<String, EvidenceItem> items = new TreeMap<>();
        // Against a placeholder date every real date would be "after" it; the placeholder is the one problem to fix.
        checkItems(file, evidence.items(), evidence.assessedOn(), !placeholder, applicablePacks, facts, items, problems);
        sort(problems);
        return new CheckedEvidence(evidence, facts, items, problems);
    }

    /**
     * The problems of the items of a document that is itself incomplete (no country or date), so that
     * they are reported together with the document's own.
     */
    public List<Problem> checkItems(String file, List<EvidenceItem> given, Set<String> applicablePacks) {
        List<Problem> problems = new ArrayList<>();
        checkItems(file, given, LocalDate.EPOCH, false, applicablePacks, new TreeMap<>(), new TreeMap<>(), problems);
        sort(problems);
        return problems;
    }

    private static void sort(List<Problem> problems) {
        problems.sort(Comparator.comparingInt((Problem p) -> p.place().line() == 0 ? Integer.MAX_VALUE : p.place().line())
                .thenComparingInt(p -> p.place().column()));
    }

    /**
     * Whether the evidence still holds a blank template's placeholder date; if so, says what to fill in: the date, and
     * the country code and name when they are still the template's too.
     */
    private static boolean checkPlaceholders(Evidence evidence, String file, List<Problem> problems) {
        if (!Placeholders.DATE.equals(evidence.assessedOn())) {
            return false;
        }
        problems.add(Problem.error(ProblemCode.EVIDENCE_TEMPLATE_PLACEHOLDER, file, placeOf(evidence, "/assessedOn"),
                "assessedOn is still the template's placeholder " + Placeholders.DATE + ": this evidence was not filled in",
                "write the date the evidence describes, e.g. \"2026-06-30\", then fill in the values you know"));
        if (Placeholders.CODE.equals(evidence.country().code()) && evidence.country().name() == null) {
            problems.add(Problem.error(ProblemCode.EVIDENCE_TEMPLATE_PLACEHOLDER, file, placeOf(evidence, "/country/code"),
                    "the country code is still the template's placeholder " + Placeholders.CODE + " and the country has no name",
                    "write the country's ISO 3166-1 alpha-2 code (e.g. FR) and its name; keep XA to XZ only for a fictional country"));
        }
        return true;
    }

    private void checkItems(String file, List<EvidenceItem> given, LocalDate assessedOn, boolean datesChecked, Set<String> applicablePacks,
            Map<String, Fact> facts, Map<String, EvidenceItem> items, List<Problem> problems) {
        Map<String, EvidenceItem> firstByKey = new HashMap<>();
        for (EvidenceItem item : given) {
            Place keyPlace = item.keyPlace();
            EvidenceItem first = firstByKey.putIfAbsent(item.key(), item);
            if (first != null) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_DUPLICATE_KEY, file, keyPlace, "key " + Printable.abbreviate(item.key(), 80) + " is given twice",
                        "it was first given at " + firstPlace(first) + "; keep one item per key"));
                continue;
            }
            EvidenceKey key = vocabulary.get(item.key());
            if (key == null) {
                String hint = Suggestion.hint(item.key(), vocabulary.keySet());
                problems.add(Problem.error(ProblemCode.EVIDENCE_UNKNOWN_KEY, file, keyPlace, "unknown evidence key '" + Printable.abbreviate(item.key(), 80) + "'",
                        hint != null ? hint : UNKNOWN_KEY_HINT));
                continue;
            }
            if (key.retired()) {
                problems.add(Problem.warning(ProblemCode.EVIDENCE_RETIRED_KEY, file, keyPlace, "key " + item.key() + " is retired since version " + key.retiredSince()
                        + " of pack " + key.pack() + (key.retiredReason() == null ? "" : " (" + key.retiredReason() + ")") + "; ignored",
                        key.replacedBy() == null ? "remove it; no key replaces it" : "give " + key.replacedBy() + " instead"));
                continue;
            }
            if (!applicablePacks.contains(key.pack())) {
                problems.add(Problem.warning(ProblemCode.EVIDENCE_KEY_NOT_APPLIED, file, keyPlace, "key " + item.key() + " belongs to variant " + key.pack()
                        + ", which does not apply to this country; ignored", null));
                continue;
            }
            if (item.value() == null) {
                continue;
            }
            Fact fact = toFact(key, item, assessedOn, file, problems);
            if (fact != null && datesChecked && fact.getDate() != null && fact.getDate().isAfter(assessedOn)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_DATE_AFTER_ASSESSMENT, file, item.place(), key.key() + " is " + fact.getDate()
                        + ", after assessedOn " + assessedOn + ", the date the evidence describes",
                        "correct the date, or set assessedOn to the date of the assessment (on or after " + fact.getDate() + ")"));
                continue;
            }
            if (fact != null) {
                facts.put(key.key(), fact);
                items.put(key.key(), item);
            }
        }
    }

    /**
     * The problems of a country code and memberships read from a document that is itself incomplete (say, with a
     * bad assessedOn), so that they are reported together with the document's own.
     */
    public List<Problem> checkCountry(String file, String code, List<String> given) {
        List<Problem> problems = new ArrayList<>();
        checkCountry(file, code, given, Place::at, problems);
        sort(problems);
        return problems;
    }

    private void checkCountry(Evidence evidence, String file, List<Problem> problems) {
        checkCountry(file, evidence.country().code(), evidence.country().memberships(), pointer -> placeOf(evidence, pointer), problems);
    }

    private void checkCountry(String file, String code, List<String> given, java.util.function.Function<String, Place> placeOf,
            List<Problem> problems) {
        if (!ALPHA_2.matcher(code).matches() || !(ISO_CODES.contains(code) || isUserAssigned(code))) {
            problems.add(Problem.error(ProblemCode.EVIDENCE_UNKNOWN_COUNTRY, file, placeOf.apply("/country/code"), "country code '" + Printable.abbreviate(code)
                    + "' is not an ISO 3166-1 alpha-2 code", "use two capital letters such as FR, or XA to XZ for a fictional country"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String membership = given.get(i);
            if (!memberships.contains(membership)) {
                String hint = memberships.stream().filter(m -> m.equalsIgnoreCase(membership)).findFirst()
                        .map(m -> "did you mean '" + m + "'?")
                        .orElse("known memberships: " + String.join(", ", memberships.stream().sorted().toList()));
                problems.add(Problem.error(ProblemCode.EVIDENCE_UNKNOWN_MEMBERSHIP, file, placeOf.apply("/country/memberships/" + i),
                        "unknown membership '" + Printable.abbreviate(membership) + "'", hint));
            } else if (!seen.add(membership)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_DUPLICATE_MEMBERSHIP, file, placeOf.apply("/country/memberships/" + i),
                        "membership '" + membership + "' is given twice", "list each membership once"));
            }
        }
    }

    private static boolean isUserAssigned(String code) {
        return code.charAt(0) == 'X' && code.charAt(1) >= 'A' && code.charAt(1) <= 'Z';
    }

    private static Place placeOf(Evidence evidence, String pointer) {
        return evidence.places().getOrDefault(pointer, Place.at(pointer));
    }

    private static String firstPlace(EvidenceItem first) {
        Place place = first.keyPlace();
        if (place.label() != null) {
            return place.label();
        }
        return place.pointer().replaceFirst("/key$", "") + (place.line() > 0 ? " (line " + place.line() + ")" : "");
    }

    private static Fact toFact(EvidenceKey key, EvidenceItem item, LocalDate assessedOn, String file, List<Problem> problems) {
        Object value = item.value();
        Place place = item.place();
        String name = key.key();
        switch (key.type()) {
            case BOOLEAN:
                if (value instanceof Boolean flag) {
                    return Fact.ofFlag(name, flag, assessedOn);
                }
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, name + " takes true or false, not " + describe(value), null));
                return null;
            case NUMBER:
                BigDecimal number = toNumber(value);
                if (number == null) {
                    problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, name + " takes a number, not " + describe(value), null));
                    return null;
                }
                if (key.min() != null && number.compareTo(key.min()) < 0 || key.max() != null && number.compareTo(key.max()) > 0) {
                    problems.add(Problem.error(ProblemCode.EVIDENCE_OUT_OF_RANGE, file, place, name + " is " + number.toPlainString() + ", out of range",
                            "it must be " + range(key)));
                    return null;
                }
                return Fact.ofNumber(name, number, assessedOn);
            case DATE:
                if (value instanceof LocalDate date) {
                    if (!IsoDates.inRange(date)) {
                        problems.add(Problem.error(file, place, name + " is " + date + ", outside " + IsoDates.RANGE,
                                "write the date the evidence shows, as yyyy-mm-dd"));
                        return null;
                    }
                    return Fact.ofDate(name, date, assessedOn);
                }
                if (value instanceof String text) {
                    try {
                        LocalDate date = IsoDates.parse(text);
                        if (!IsoDates.inRange(date)) {
                            problems.add(Problem.error(file, place, name + " is '" + Printable.abbreviate(text) + "', outside "
                                    + IsoDates.RANGE, "write the date the evidence shows, as yyyy-mm-dd"));
                            return null;
                        }
                        return Fact.ofDate(name, date, assessedOn);
                    } catch (DateTimeParseException e) {
                        problems.add(Problem.error(ProblemCode.EVIDENCE_BAD_DATE, file, place, name + " is '" + Printable.abbreviate(text)
                                + "', not a valid ISO date", "write yyyy-mm-dd, e.g. 2024-02-29"));
                        return null;
                    }
                }
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, name + " takes an ISO date string, not " + describe(value), "write \"yyyy-mm-dd\""));
                return null;
            case ENUM:
                if (value instanceof String text) {
                    if (key.values().contains(text)) {
                        return Fact.ofText(name, text, assessedOn);
                    }
                    problems.add(Problem.error(ProblemCode.EVIDENCE_NOT_ALLOWED, file, place, name + " is '" + Printable.abbreviate(text) + "', not an allowed value",
                            hintFor(text, key)));
                    return null;
                }
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, name + " takes one of its values as a string, not " + describe(value),
                        "allowed: " + String.join(", ", key.values())));
                return null;
            case SET:
                return toSet(key, item, assessedOn, file, problems);
            default:
                throw new IllegalStateException("unknown type " + key.type());
        }
    }

    private static Fact toSet(EvidenceKey key, EvidenceItem item, LocalDate assessedOn, String file, List<Problem> problems) {
        if (!(item.value() instanceof List<?> list)) {
            problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, item.place(), key.key() + " takes an array of its values, not " + describe(item.value()),
                    "allowed members: " + String.join(", ", key.values())));
            return null;
        }
        Set<String> members = new LinkedHashSet<>();
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            Object member = list.get(i);
            Place place = item.place().child(Integer.toString(i));
            if (!(member instanceof String text)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, key.key() + " members are strings, not " + describe(member), null));
                valid = false;
            } else if (!key.values().contains(text)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_NOT_ALLOWED, file, place, key.key() + " has '" + Printable.abbreviate(text) + "', not an allowed member",
                        hintFor(text, key)));
                valid = false;
            } else if (!members.add(text)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_DUPLICATE_MEMBER, file, place, key.key() + " lists '" + Printable.abbreviate(text) + "' twice", "members of a set are distinct"));
                valid = false;
            }
        }
        return valid ? Fact.ofMembers(key.key(), members, assessedOn) : null;
    }

    private static String hintFor(String text, EvidenceKey key) {
        String suggestion = Suggestion.hint(text, key.values());
        String allowed = "allowed: " + String.join(", ", key.values());
        return suggestion == null ? allowed : suggestion + " (" + allowed + ")";
    }

    private static BigDecimal toNumber(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return null;
    }

    private static String range(EvidenceKey key) {
        if (key.min() != null && key.max() != null) {
            return "from " + key.min().toPlainString() + " to " + key.max().toPlainString();
        }
        return key.min() != null ? "at least " + key.min().toPlainString() : "at most " + key.max().toPlainString();
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "the string \"" + Printable.abbreviate(text) + "\"";
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof Number number) {
            return "the number " + (number instanceof BigDecimal d ? d.toPlainString() : number);
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return String.valueOf(value);
    }
}
