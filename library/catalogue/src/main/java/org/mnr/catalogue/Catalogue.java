package org.mnr.catalogue;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.mnr.catalogue.internal.FormOrderSerializer;

/**
 * The criteria of the loaded packs as a document: per domain and capability, each level's criteria
 * with the evidence they read, and what each variant changes.
 *
 * @param packs the packs it describes, base first
 * @param applied the variants whose changes are shown inline, sorted; empty for the base pack alone
 * @param levels the levels, 0 to 4
 * @param domains the domains with their capabilities' criteria
 * @param variants a section per variant that is not applied inline, describing its changes
 */
@JsonPropertyOrder({"packs", "applied", "levels", "vocabulary", "domains", "variants"})
@API(status = EXPERIMENTAL, since = "1.0")
public record Catalogue(List<PackEntry> packs, List<String> applied, List<LevelName> levels, List<VocabularyEntry> vocabulary,
        List<DomainEntry> domains,
        List<VariantEntry> variants) {

    /** Copies the lists. */
    public Catalogue {
        packs = List.copyOf(packs);
        applied = List.copyOf(applied);
        levels = List.copyOf(levels);
        vocabulary = List.copyOf(vocabulary);
        domains = List.copyOf(domains);
        variants = List.copyOf(variants);
    }

    /**
     * A pack the catalogue describes.
     *
     * @param id the pack id
     * @param name its name
     * @param version its version
     * @param kind {@code base} or {@code variant}
     * @param appliesTo the memberships a variant applies to
     * @param basis what the pack encodes (the edition of the model and of its levels), or null when it does not say
     * @param instruments the instruments its criteria cite, with their dates; empty when it lists none
     */
    @JsonPropertyOrder({"id", "name", "version", "kind", "appliesTo", "basis", "instruments"})
    public record PackEntry(String id, String name, String version, String kind, List<String> appliesTo,
            @JsonInclude(JsonInclude.Include.NON_NULL) String basis,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InstrumentEntry> instruments) {

        /** Copies the lists. */
        public PackEntry {
            appliesTo = List.copyOf(appliesTo);
            instruments = instruments == null ? List.of() : List.copyOf(instruments);
        }
    }

    /**
     * An instrument a pack's criteria cite (a convention, directive, plan...), with its dates as data.
     *
     * @param id its id in the pack, e.g. {@code asean-rpa-2021-2025}
     * @param name its full name
     * @param kind convention, directive, regulation, policy, plan, guideline or other
     * @param periodFrom the first year of its period, or null
     * @param periodTo the last year of its period, or null
     * @param adopted the date it was adopted (ISO), or null
     * @param inForce the date it entered into force (ISO), or null
     * @param asOf the date these facts were last checked (ISO)
     * @param source where the facts come from
     */
    @JsonPropertyOrder({"id", "name", "kind", "periodFrom", "periodTo", "adopted", "inForce", "asOf", "source"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstrumentEntry(String id, String name, String kind, Integer periodFrom, Integer periodTo, String adopted,
            String inForce, String asOf, String source) {
    }

    /**
     * A country for which a criterion is not in force.
     *
     * @param country its code, ISO 3166-1 alpha-2
     * @param reason why the criterion is not in force there
     */
    @JsonPropertyOrder({"country", "reason"})
    public record ExemptionEntry(String country, String reason) {
    }

    /**
     * A level and its name.
     *
     * @param level 0 to 4
     * @param name e.g. {@code Developing}
     */
    @JsonPropertyOrder({"level", "name"})
    public record LevelName(int level, String name) {
    }

    /**
     * A domain and its capabilities.
     *
     * @param id e.g. {@code D1}
     * @param name its name
     * @param capabilities its capabilities, in order
     */
    @JsonPropertyOrder({"id", "name", "capabilities"})
    public record DomainEntry(String id, String name, List<CapabilityEntry> capabilities) {

        /** Copies the list. */
        public DomainEntry {
            capabilities = List.copyOf(capabilities);
        }
    }

    /**
     * A capability and its criteria by level.
     *
     * @param id its number
     * @param name its name
     * @param summary what it looks like when mature
     * @param levels levels 1 to 4, each with its criteria
     */
    @JsonPropertyOrder({"id", "name", "summary", "levels"})
    public record CapabilityEntry(int id, String name, String summary, List<LevelEntry> levels) {

        /** Copies the list. */
        public CapabilityEntry {
            levels = List.copyOf(levels);
        }
    }

    /**
     * One level of a capability.
     *
     * @param level 1 to 4
     * @param name the level's name
     * @param criteria the criteria required for it, by id
     */
    @JsonPropertyOrder({"level", "name", "criteria"})
    public record LevelEntry(int level, String name, List<CriterionEntry> criteria) {

        /** Copies the list. */
        public LevelEntry {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * A criterion, as its rule's metadata declares it.
     *
     * @param id the criterion id
     * @param capability its capability
     * @param level its level
     * @param title what is true when it is met
     * @param weight its weight in the capability's score
     * @param pack the pack whose rule decides it
     * @param reads the evidence keys its condition reads
     * @param dependsOn the capabilities whose level its condition reads
     * @param change how a variant changed it, or null for a base criterion as it is
     * @param when its condition in the forms of the model, as plain data; null for a hand-written rule
     * @param custom the language of a hand-written rule ({@code drl}), or null when {@code when} says it all
     * @param condition the condition in words
     * @param reason why a waived criterion does not apply, or null
     * @param source the documents the criterion rests on, or null when its pack gives none
     * @param rationale why its level or threshold is what it is, or null
     * @param exempt the countries for which it is not in force, with the reasons; empty for most
     */
    @JsonPropertyOrder({"id", "capability", "level", "title", "weight", "pack", "when", "custom", "condition", "reads", "dependsOn",
        "change", "reason", "source", "rationale", "exempt"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionEntry(String id, int capability, int level, String title, int weight, String pack, List<KeyEntry> reads,
            List<Dependency> dependsOn, Change change, @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(using = FormOrderSerializer.class) Map<String, Object> when,
            String custom, String condition, String reason, String source, String rationale,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExemptionEntry> exempt) {

        /** Copies the lists. */
        public CriterionEntry {
            reads = List.copyOf(reads);
            dependsOn = List.copyOf(dependsOn);
            exempt = exempt == null ? List.of() : List.copyOf(exempt);
        }
    }

    /**
     * An evidence key of the vocabulary, as any tool needs it to check and evaluate conditions.
     *
     * @param key the key
     * @param type its type: boolean, number, date, enum or set
     * @param min the smallest allowed number, or null
     * @param max the largest allowed number, or null
     * @param values the allowed values of an enum or set, or null
     * @param pack the pack that defines it
     * @param description what it means and what proves it
     * @param capability the capability it informs
     * @param unit the unit of a number, or null
     * @param retired since which pack version and in favour of which key it is retired, or null
     * @param instrument the id of the instrument the key asks about, or null
     */
    @JsonPropertyOrder({"key", "type", "min", "max", "values", "pack", "description", "capability", "unit", "retired", "instrument"})
    public record VocabularyEntry(String key, String type, BigDecimal min, BigDecimal max, List<String> values, String pack,
            String description, int capability, @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
            @JsonInclude(JsonInclude.Include.NON_NULL) Retired retired, @JsonInclude(JsonInclude.Include.NON_NULL) String instrument) {
    }

    /**
     * A retired key's replacement.
     *
     * @param since the pack version that retired it
     * @param replacedBy the key to give instead, or null
     * @param reason why it was retired, or null
     */
    @JsonPropertyOrder({"since", "replacedBy", "reason"})
    public record Retired(String since, String replacedBy, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }

    /**
     * An evidence key a criterion reads, from its pack's vocabulary.
     *
     * @param key the key
     * @param type its type: boolean, number, date, enum or set
     * @param values the allowed values of an enum or set
     * @param min the smallest allowed number, or null
     * @param max the largest allowed number, or null
     * @param unit the unit of a number, or null
     * @param description what it means and what proves it
     * @param pack the pack that defines it
     * @param instrument the id of the instrument the key asks about, or null
     */
    @JsonPropertyOrder({"key", "type", "values", "min", "max", "unit", "description", "pack", "instrument"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyEntry(String key, String type, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> values,
            BigDecimal min, BigDecimal max, String unit, String description, String pack, String instrument) {

        /** Copies the list. */
        public KeyEntry {
            values = List.copyOf(values);
        }
    }

    /**
     * A capability whose level a criterion reads.
     *
     * @param capability its number
     * @param name its name
     */
    @JsonPropertyOrder({"capability", "name"})
    public record Dependency(int capability, String name) {
    }

    /**
     * What a variant did to a criterion.
     *
     * @param kind {@code added}, {@code replaced} or {@code waived}
     * @param variant the variant's id
     * @param replacedTitle for a replacement, the base criterion's title
     * @param reason for a waiver, why the criterion does not apply
     * @param source for a waiver, the document its reason rests on, or null
     */
    @JsonPropertyOrder({"kind", "variant", "replacedTitle", "reason", "source"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String kind, String variant, String replacedTitle, String reason, String source) {
    }

    /**
     * A variant's changes to the base pack.
     *
     * @param id the variant's id
     * @param name its name
     * @param version its version
     * @param appliesTo the memberships it applies to
     * @param adds the criteria it adds
     * @param replaces the criteria it replaces, as they become
     * @param waives the base criteria it waives, with the reasons
     */
    @JsonPropertyOrder({"id", "name", "version", "appliesTo", "adds", "replaces", "waives"})
    public record VariantEntry(String id, String name, String version, List<String> appliesTo, List<CriterionEntry> adds,
            List<CriterionEntry> replaces, List<CriterionEntry> waives) {

        /** Copies the lists. */
        public VariantEntry {
            appliesTo = List.copyOf(appliesTo);
            adds = List.copyOf(adds);
            replaces = List.copyOf(replaces);
            waives = List.copyOf(waives);
        }
    }
}
