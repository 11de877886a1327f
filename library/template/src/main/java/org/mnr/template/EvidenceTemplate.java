package org.mnr.template;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mnr.engine.evidence.Placeholders;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.pack.Pack;

/**
 * An evidence document laid out for filling in: the country's fields, then one row per key of the
 * chosen packs, by capability, with its value where one is known.
 *
 * @param code the country code; {@link #PLACEHOLDER_CODE} in a blank template
 * @param name the country's name, or null
 * @param memberships the regional memberships
 * @param assessedOn the date the evidence describes; {@link #PLACEHOLDER_DATE} in a blank template
 * @param rows one row per key
 * @param assessment who assessed, for whom, draft or final, as the evidence says; null when it does not (since 1.2)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record EvidenceTemplate(String code, String name, List<String> memberships, LocalDate assessedOn, List<Row> rows,
        @API(status = EXPERIMENTAL, since = "1.2") AssessmentInfo assessment) {

    /** The country code of a blank template, a user-assigned code, to be replaced. */
    public static final String PLACEHOLDER_CODE = Placeholders.CODE;
    /** The assessment date of a blank template, to be replaced. */
    public static final LocalDate PLACEHOLDER_DATE = Placeholders.DATE;

    /** Validates and copies the fields. */
    public EvidenceTemplate {
        Objects.requireNonNull(code, "code");
        memberships = List.copyOf(memberships);
        Objects.requireNonNull(assessedOn, "assessedOn");
        rows = List.copyOf(rows);
        assessment = assessment == null || assessment.isEmpty() ? null : assessment;
    }

    /** A template that says nothing of who assessed, as templates were before 1.2. */
    public EvidenceTemplate(String code, String name, List<String> memberships, LocalDate assessedOn, List<Row> rows) {
        this(code, name, memberships, assessedOn, rows, null);
    }

    /**
     * One key of the template.
     *
     * @param key the evidence key
     * @param definition the key's vocabulary entry, or null for a key no loaded pack defines
     * @param capability the capability it informs, e.g. {@code 1 Leadership}; empty when unknown
     * @param value its value, or null when not known
     * @param source what proves it, or null
     * @param note a free note, or null
     * @param confidence how solid the value is, or null when not said (since 1.1)
     */
    public record Row(String key, EvidenceKey definition, String capability, Object value, String source, String note,
            Confidence confidence) {

        /** Validates the fields. */
        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(capability, "capability");
        }

        /** A row that says nothing of its confidence. */
        public Row(String key, EvidenceKey definition, String capability, Object value, String source, String note) {
            this(key, definition, capability, value, source, note, null);
        }
    }

    /**
     * A blank template with every key of the base pack and of the named variants, for a placeholder
     * country whose memberships select those variants.
     *
     * @throws IllegalArgumentException when a named variant is not loaded
     */
    public static EvidenceTemplate blank(MaturityEngine engine, List<String> variantIds) {
        List<Pack> packs = packs(engine, variantIds);
        List<String> memberships = packs.stream()
                .filter(p -> p.descriptor().isVariant() && !p.descriptor().appliesTo().isEmpty())
                .map(p -> p.descriptor().appliesTo().get(0))
                .distinct()
                .toList();
        List<Row> rows = rows(engine, packs, Map.of());
        return new EvidenceTemplate(PLACEHOLDER_CODE, null, memberships, PLACEHOLDER_DATE, rows);
    }

    /**
     * A template filled with the given evidence: its assessment information, every key of the base pack, of the named
     * variants and of the variants the country's memberships select, with the evidence's values; keys the evidence
     * gives that no chosen pack defines come last, so nothing given is lost.
     *
     * @throws IllegalArgumentException when a named variant is not loaded
     */
    public static EvidenceTemplate filled(MaturityEngine engine, Evidence evidence, List<String> variantIds) {
        Set<String> ids = new LinkedHashSet<>(variantIds);
        ids.addAll(engine.applicableVariants(evidence, Variants.fromMemberships()));
        List<Pack> packs = packs(engine, List.copyOf(ids));
        Map<String, EvidenceItem> given = new LinkedHashMap<>(evidence.items().stream()
                .collect(Collectors.toMap(EvidenceItem::key, Function.identity(), (first, second) -> first, LinkedHashMap::new)));
        Map<String, EvidenceKey> vocabulary = engine.packs().stream().flatMap(p -> p.vocabulary().stream())
                .collect(Collectors.toMap(EvidenceKey::key, Function.identity(), (first, second) -> first));
        Set<String> carried = carryRetired(engine, evidence, vocabulary, given);
        List<Row> rows = new ArrayList<>(rows(engine, packs, given));
        Set<String> listed = rows.stream().map(Row::key).collect(Collectors.toSet());
        listed.addAll(carried);
        for (EvidenceItem item : evidence.items()) {
            if (listed.add(item.key())) {
                EvidenceKey definition = vocabulary.get(item.key());
                rows.add(new Row(item.key(), definition, definition == null ? "" : capabilityLabel(engine, definition.capability()),
                        item.value(), item.source(), item.note(), item.confidence()));
            }
        }
        return new EvidenceTemplate(evidence.country().code(), evidence.country().name(), evidence.country().memberships(),
                evidence.assessedOn(), rows, evidence.assessment().orElse(null));
    }

    /**
     * Moves the value of each retired key the evidence gives to the key that replaces it, when the value is valid for the
     * replacement (the engine's own check decides) and the evidence does not give the replacement already; otherwise the
     * replacement stays empty with a note saying why, and the retired item is kept as it was, so nothing given is lost.
     *
     * @return the retired keys whose values moved, which the template no longer lists
     */
    private static Set<String> carryRetired(MaturityEngine engine, Evidence evidence, Map<String, EvidenceKey> vocabulary,
            Map<String, EvidenceItem> given) {
        Set<String> carried = new LinkedHashSet<>();
        for (EvidenceItem item : evidence.items()) {
            EvidenceKey key = vocabulary.get(item.key());
            if (key == null || !key.retired() || key.replacedBy() == null || given.containsKey(key.replacedBy()) || item.value() == null) {
                continue;
            }
            String was = item.key() + " (retired since " + key.retiredSince() + ")";
            EvidenceItem moved = new EvidenceItem(key.replacedBy(), item.value(), item.source(),
                    item.note() == null ? "from " + was : item.note() + " [from " + was + "]", item.confidence(), item.place());
            Evidence alone = new Evidence(evidence.country(), evidence.assessedOn(), List.of(moved), evidence.origin());
            boolean valid = engine.validate(alone, Variants.fromMemberships()).stream()
                    .noneMatch(p -> p.severity() == org.mnr.engine.evidence.Problem.Severity.ERROR);
            if (valid) {
                given.put(key.replacedBy(), moved);
                carried.add(item.key());
            } else {
                given.put(key.replacedBy(), new EvidenceItem(key.replacedBy(), null, null, was + " gave " + item.value()
                        + ", which is not a valid value of this key; fill it in", item.place()));
            }
        }
        return carried;
    }

    private static List<Pack> packs(MaturityEngine engine, List<String> variantIds) {
        List<Pack> packs = new ArrayList<>();
        for (Pack pack : engine.packs()) {
            if (!pack.descriptor().isVariant() || variantIds.contains(pack.id())) {
                packs.add(pack);
            }
        }
        for (String id : variantIds) {
            if (packs.stream().noneMatch(p -> p.id().equals(id) && p.descriptor().isVariant())) {
                throw new IllegalArgumentException("no variant pack '" + id + "' is loaded; loaded variants: "
                        + engine.packs().stream().filter(p -> p.descriptor().isVariant()).map(Pack::id).collect(Collectors.joining(", ")));
            }
        }
        return packs;
    }

    /** The keys of the packs, by capability; within one, the base pack's first, each pack's in its file order. */
    private static List<Row> rows(MaturityEngine engine, List<Pack> packs, Map<String, EvidenceItem> given) {
        // A retired key is asked no more; evidence that still gives one keeps it below the pack's keys.
        List<EvidenceKey> keys = packs.stream().flatMap(p -> p.vocabulary().stream()).filter(k -> !k.retired()).toList();
        List<Row> rows = new ArrayList<>();
        keys.stream().sorted(Comparator.comparingInt(EvidenceKey::capability)).forEach(key -> {
            EvidenceItem item = given.get(key.key());
            rows.add(new Row(key.key(), key, capabilityLabel(engine, key.capability()),
                    item == null ? null : item.value(), item == null ? null : item.source(), item == null ? null : item.note(),
                    item == null ? null : item.confidence()));
        });
        return rows;
    }

    private static String capabilityLabel(MaturityEngine engine, int capability) {
        return engine.framework().capability(capability).map(Capability::name).map(name -> capability + " " + name)
                .orElse(Integer.toString(capability));
    }
}
