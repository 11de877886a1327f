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
import org.mnr.engine.evidence.Wording;

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
    public static final String UNKNOWN_KEY_HINT = ProblemTexts.english(Wording.of("evidence.key.unknown.template"));

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
                Wording.of("evidence.placeholder.date", Placeholders.DATE.toString())));
        if (Placeholders.CODE.equals(evidence.country().code()) && evidence.country().name() == null) {
            problems.add(Problem.error(ProblemCode.EVIDENCE_TEMPLATE_PLACEHOLDER, file, placeOf(evidence, "/country/code"),
                    Wording.of("evidence.placeholder.code", Placeholders.CODE)));
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
                problems.add(Problem.error(ProblemCode.EVIDENCE_DUPLICATE_KEY, file, keyPlace,
                        Wording.of("evidence.key.twice", Printable.abbreviate(item.key(), 80)).with(firstPlace(first))));
                continue;
            }
            EvidenceKey key = vocabulary.get(item.key());
            if (key == null) {
                Wording hint = Suggestion.closest(item.key(), vocabulary.keySet()).map(Suggestion::phrase)
                        .orElse(Wording.of("evidence.key.unknown.template"));
                problems.add(Problem.error(ProblemCode.EVIDENCE_UNKNOWN_KEY, file, keyPlace,
                        Wording.of("evidence.key.unknown", Printable.abbreviate(item.key(), 80)).with(hint)));
                continue;
            }
            if (key.retired()) {
                problems.add(Problem.warning(ProblemCode.EVIDENCE_RETIRED_KEY, file, keyPlace,
                        Wording.of("evidence.key.retired", item.key(), key.retiredSince(), key.pack())
                                .with(key.retiredReason() == null ? Wording.of("evidence.empty") : Wording.of("evidence.key.retired.reason", key.retiredReason()))
                                .with(key.replacedBy() == null ? Wording.of("evidence.key.retired.no-successor")
                                        : Wording.of("evidence.key.retired.successor", key.replacedBy()))));
                continue;
            }
            if (!applicablePacks.contains(key.pack())) {
                problems.add(Problem.warning(ProblemCode.EVIDENCE_KEY_NOT_APPLIED, file, keyPlace,
                        Wording.of("evidence.key.not-applied", item.key(), key.pack())));
                continue;
            }
            if (item.value() == null) {
                continue;
            }
            Fact fact = toFact(key, item, assessedOn, file, problems);
            if (fact != null && datesChecked && fact.getDate() != null && fact.getDate().isAfter(assessedOn)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_DATE_AFTER_ASSESSMENT, file, item.place(),
                        Wording.of("evidence.date.after-assessment", key.key(), fact.getDate().toString(), assessedOn.toString())));
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
            problems.add(Problem.error(ProblemCode.EVIDENCE_UNKNOWN_COUNTRY, file, placeOf.apply("/country/code"),
                    Wording.of("evidence.country.code", Printable.abbreviate(code))));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String membership = given.get(i);
            if (!memberships.contains(membership)) {
                Wording hint = memberships.stream().filter(m -> m.equalsIgnoreCase(membership)).findFirst()
                        .map(Suggestion::phrase)
                        .orElse(Wording.of("evidence.membership.known", String.join(", ", memberships.stream().sorted().toList())));
                problems.add(Problem.error(ProblemCode.EVIDENCE_UNKNOWN_MEMBERSHIP, file, placeOf.apply("/country/memberships/" + i),
                        Wording.of("evidence.membership.unknown", Printable.abbreviate(membership)).with(hint)));
            } else if (!seen.add(membership)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_DUPLICATE_MEMBERSHIP, file, placeOf.apply("/country/memberships/" + i),
                        Wording.of("evidence.membership.twice", membership)));
            }
        }
    }

    private static boolean isUserAssigned(String code) {
        return code.charAt(0) == 'X' && code.charAt(1) >= 'A' && code.charAt(1) <= 'Z';
    }

    private static Place placeOf(Evidence evidence, String pointer) {
        return evidence.places().getOrDefault(pointer, Place.at(pointer));
    }

    private static Wording firstPlace(EvidenceItem first) {
        Place place = first.keyPlace();
        if (place.label() != null) {
            return Wording.of("evidence.place", place.label());
        }
        String pointer = place.pointer().replaceFirst("/key$", "");
        return place.line() > 0 ? Wording.of("evidence.place.line", pointer, Integer.toString(place.line())) : Wording.of("evidence.place", pointer);
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
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, Wording.of("evidence.value.boolean", name).with(describe(value))));
                return null;
            case NUMBER:
                BigDecimal number = toNumber(value);
                if (number == null) {
                    problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, Wording.of("evidence.value.number", name).with(describe(value))));
                    return null;
                }
                if (key.min() != null && number.compareTo(key.min()) < 0 || key.max() != null && number.compareTo(key.max()) > 0) {
                    problems.add(Problem.error(ProblemCode.EVIDENCE_OUT_OF_RANGE, file, place,
                            Wording.of("evidence.value.out-of-range", name, number.toPlainString()).with(range(key))));
                    return null;
                }
                return Fact.ofNumber(name, number, assessedOn);
            case DATE:
                if (value instanceof LocalDate date) {
                    if (!IsoDates.inRange(date)) {
                        problems.add(Problem.error(ProblemCode.EVIDENCE_INVALID, file, place, Wording.of("evidence.date.outside", name,
                                date.toString(), Integer.toString(IsoDates.FIRST_YEAR), Integer.toString(IsoDates.LAST_YEAR))));
                        return null;
                    }
                    return Fact.ofDate(name, date, assessedOn);
                }
                if (value instanceof String text) {
                    try {
                        LocalDate date = IsoDates.parse(text);
                        if (!IsoDates.inRange(date)) {
                            problems.add(Problem.error(ProblemCode.EVIDENCE_INVALID, file, place, Wording.of("evidence.date.outside-text",
                                    name, Printable.abbreviate(text), Integer.toString(IsoDates.FIRST_YEAR), Integer.toString(IsoDates.LAST_YEAR))));
                            return null;
                        }
                        return Fact.ofDate(name, date, assessedOn);
                    } catch (DateTimeParseException e) {
                        problems.add(Problem.error(ProblemCode.EVIDENCE_BAD_DATE, file, place,
                                Wording.of("evidence.date.bad", name, Printable.abbreviate(text))));
                        return null;
                    }
                }
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, Wording.of("evidence.value.date", name).with(describe(value))));
                return null;
            case ENUM:
                if (value instanceof String text) {
                    if (key.values().contains(text)) {
                        return Fact.ofText(name, text, assessedOn);
                    }
                    problems.add(Problem.error(ProblemCode.EVIDENCE_NOT_ALLOWED, file, place,
                            Wording.of("evidence.value.not-allowed", name, Printable.abbreviate(text)).with(hintFor(text, key))));
                    return null;
                }
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place,
                        Wording.of("evidence.value.enum", name, String.join(", ", key.values())).with(describe(value))));
                return null;
            case SET:
                return toSet(key, item, assessedOn, file, problems);
            default:
                throw new IllegalStateException("unknown type " + key.type());
        }
    }

    private static Fact toSet(EvidenceKey key, EvidenceItem item, LocalDate assessedOn, String file, List<Problem> problems) {
        if (!(item.value() instanceof List<?> list)) {
            problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, item.place(),
                    Wording.of("evidence.value.set", key.key(), String.join(", ", key.values())).with(describe(item.value()))));
            return null;
        }
        Set<String> members = new LinkedHashSet<>();
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            Object member = list.get(i);
            Place place = item.place().child(Integer.toString(i));
            if (!(member instanceof String text)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_WRONG_VALUE_TYPE, file, place, Wording.of("evidence.value.member", key.key()).with(describe(member))));
                valid = false;
            } else if (!key.values().contains(text)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_NOT_ALLOWED, file, place,
                        Wording.of("evidence.value.member-not-allowed", key.key(), Printable.abbreviate(text)).with(hintFor(text, key))));
                valid = false;
            } else if (!members.add(text)) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_DUPLICATE_MEMBER, file, place,
                        Wording.of("evidence.value.member-twice", key.key(), Printable.abbreviate(text))));
                valid = false;
            }
        }
        return valid ? Fact.ofMembers(key.key(), members, assessedOn) : null;
    }

    private static Wording hintFor(String text, EvidenceKey key) {
        String allowed = String.join(", ", key.values());
        return Suggestion.closest(text, key.values()).map(s -> Wording.of("evidence.allowed.suggestion", s, allowed))
                .orElse(Wording.of("evidence.allowed", allowed));
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

    private static Wording range(EvidenceKey key) {
        if (key.min() != null && key.max() != null) {
            return Wording.of("evidence.range.between", key.min().toPlainString(), key.max().toPlainString());
        }
        return key.min() != null ? Wording.of("evidence.range.min", key.min().toPlainString())
                : Wording.of("evidence.range.max", key.max().toPlainString());
    }

    /** A value the user gave, said as what it is ("the string "x""), in the problem's language. */
    private static Wording describe(Object value) {
        if (value instanceof String text) {
            return Wording.of("evidence.is.string", Printable.abbreviate(text));
        }
        if (value instanceof Boolean) {
            return Wording.of("evidence.is.boolean", value.toString());
        }
        if (value instanceof Number number) {
            return Wording.of("evidence.is.number", number instanceof BigDecimal d ? d.toPlainString() : number.toString());
        }
        if (value instanceof List<?> || value instanceof EvidenceReader.JsonArrayValue) {
            return Wording.of("evidence.is.array");
        }
        if (value instanceof EvidenceReader.JsonObjectValue) {
            return Wording.of("evidence.is.object");
        }
        return Wording.of("evidence.is.other", String.valueOf(value));
    }
}
