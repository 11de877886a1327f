package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Exemption;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Level;

/**
 * The texts of the loaded packs in one language: level, domain and capability names, capability summaries, criterion
 * titles, evidence key descriptions and the reasons of waivers and exemptions, each from the pack's translation file for the
 * language, or in English (the packs' own texts) where there is none.
 *
 * <p>Get one with {@code MaturityEngine.texts(language)}. Immutable and thread-safe. A text no pack defines is null.
 */
@API(status = EXPERIMENTAL, since = "1.2")
public final class PackTexts {

    /** The language of the packs' own texts. */
    public static final String ENGLISH = "en";

    private final String language;
    private final Map<Integer, String> levels = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();
    private final Map<Integer, String> capabilityNames = new HashMap<>();
    private final Map<Integer, String> capabilitySummaries = new HashMap<>();
    /** Criterion titles by pack, then id: a variant's replacement has the base criterion's id and a title of its own. */
    private final Map<String, Map<String, String>> titles = new LinkedHashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    /** Waiver and exemption reasons by pack, then criterion id. */
    private final Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
    private final List<TextFallback> fallbacks;

    private PackTexts(String language, List<PackRules> packs) {
        this.language = language;
        Map<String, Integer> missing = new TreeMap<>();
        for (PackRules rules : packs) {
            Pack pack = rules.pack();
            Translation translation = ENGLISH.equals(language) ? null : pack.translations().get(language);
            Counter counter = new Counter();
            Framework framework = pack.descriptor().framework();
            if (framework != null) {
                for (Level level : framework.levels()) {
                    levels.put(level.level(), counter.text(level.name(), translation == null ? null : translation.levels().get(level.level())));
                }
                for (Domain domain : framework.domains()) {
                    domains.put(domain.id(), counter.text(domain.name(), translation == null ? null : translation.domains().get(domain.id())));
                }
                for (Capability capability : framework.capabilities()) {
                    capabilityNames.put(capability.id(), counter.text(capability.name(),
                            translation == null ? null : translation.capabilityNames().get(capability.id())));
                    if (capability.summary() != null) {
                        capabilitySummaries.put(capability.id(), counter.text(capability.summary(),
                                translation == null ? null : translation.capabilitySummaries().get(capability.id())));
                    }
                }
            }
            Map<String, String> ownTitles = titles.computeIfAbsent(pack.id(), p -> new HashMap<>());
            Map<String, String> ownReasons = reasons.computeIfAbsent(pack.id(), p -> new HashMap<>());
            for (Criterion criterion : rules.criteria()) {
                ownTitles.put(criterion.id(), counter.text(criterion.title(), translation == null ? null : translation.criteria().get(criterion.id())));
                reason(criterion.id(), criterion.exempt(), translation, counter, ownReasons);
            }
            for (Waiver waiver : pack.waivers()) {
                ownReasons.put(waiver.id(), counter.text(waiver.reason(), translation == null ? null : translation.reasons().get(waiver.id())));
            }
            for (EvidenceKey key : pack.vocabulary()) {
                if (key.description() != null) {
                    keys.put(key.key(), counter.text(key.description(), translation == null ? null : translation.keys().get(key.key())));
                }
            }
            if (!ENGLISH.equals(language) && counter.missing > 0) {
                missing.put(pack.id(), counter.missing);
            }
        }
        List<TextFallback> list = new ArrayList<>();
        missing.forEach((pack, count) -> list.add(new TextFallback(pack, count)));
        this.fallbacks = List.copyOf(list);
    }

    /** An exemption's reason: one text per criterion, as the translation file keys reasons by criterion id. */
    private static void reason(String id, List<Exemption> exempt, Translation translation, Counter counter, Map<String, String> reasons) {
        if (exempt.isEmpty()) {
            return;
        }
        // Countries exempted for different reasons still share the first reason's translation; the file has one text per id.
        reasons.put(id, counter.text(exempt.get(0).reason(), translation == null ? null : translation.reasons().get(id)));
    }

    /**
     * The texts of these packs in a language.
     *
     * @param language an ISO 639-1 code such as {@code fr}; {@code en} gives the packs' own texts
     * @param packs the packs with their criteria, base first
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static PackTexts of(String language, List<PackRules> packs) {
        Objects.requireNonNull(language, "language");
        return new PackTexts(language.strip().toLowerCase(Locale.ROOT), packs);
    }

    /** Counts the texts a translation lacks. */
    private static final class Counter {
        private int missing;

        String text(String english, String translated) {
            if (translated == null || translated.isBlank()) {
                missing++;
                return english;
            }
            return translated;
        }
    }

    /** The language, e.g. {@code fr}. */
    public String language() {
        return language;
    }

    /** A level's name, e.g. {@code Developing}; null for a level the base pack does not name. */
    public String levelName(int level) {
        return levels.get(level);
    }

    /** A domain's name by its id, e.g. {@code D1}; null for an unknown domain. */
    public String domainName(String id) {
        return domains.get(id);
    }

    /** A capability's name; null for an unknown capability. */
    public String capabilityName(int capability) {
        return capabilityNames.get(capability);
    }

    /** What a capability looks like when mature; null for an unknown capability or one without a summary. */
    public String capabilitySummary(int capability) {
        return capabilitySummaries.get(capability);
    }

    /**
     * A criterion's title as the pack that defines it writes it: the base pack's for a base id, the adding variant's for a
     * variant's; for the title of a variant's replacement, use {@link #criterionTitle(String, String)}. Null for an unknown id.
     */
    public String criterionTitle(String id) {
        return first(titles, id);
    }

    /**
     * A criterion's title as a given pack writes it, e.g. with the pack a result's criterion names ({@code result.pack()}),
     * so a replaced criterion gets the replacement's title; null when that pack does not define it.
     */
    public String criterionTitle(String id, String pack) {
        Map<String, String> own = titles.get(pack);
        return own == null ? null : own.get(id);
    }

    /** An evidence key's description; null for an unknown key. */
    public String keyDescription(String key) {
        return keys.get(key);
    }

    /**
     * The reason a criterion is waived or exempt, as the first pack (base first, then variants by id) that gives one writes it:
     * a variant's waiver, or the exemption of the pack that defines it; for the reason of a particular pack, e.g. a
     * result's {@code waivedBy}, use {@link #reason(String, String)}. Null when no pack gives one.
     */
    public String reason(String criterionId) {
        return first(reasons, criterionId);
    }

    /** The reason a given pack gives for waiving a criterion or exempting countries from it; null when it gives none. */
    public String reason(String criterionId, String pack) {
        Map<String, String> own = reasons.get(pack);
        return own == null ? null : own.get(criterionId);
    }

    /**
     * The packs that have no text in this language for some of their texts, with how many, sorted by pack id; empty for
     * English, and when every pack has every text translated.
     */
    public List<TextFallback> fallbacks() {
        return fallbacks;
    }

    private static String first(Map<String, Map<String, String>> byPack, String id) {
        for (Map<String, String> own : byPack.values()) {
            String text = own.get(id);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
