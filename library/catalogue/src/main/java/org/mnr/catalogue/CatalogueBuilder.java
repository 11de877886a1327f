package org.mnr.catalogue;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mnr.catalogue.Catalogue.CapabilityEntry;
import org.mnr.catalogue.Catalogue.Change;
import org.mnr.catalogue.Catalogue.CriterionEntry;
import org.mnr.catalogue.Catalogue.Dependency;
import org.mnr.catalogue.Catalogue.DomainEntry;
import org.mnr.catalogue.Catalogue.InstrumentEntry;
import org.mnr.catalogue.Catalogue.ExemptionEntry;
import org.mnr.catalogue.Catalogue.KeyEntry;
import org.mnr.catalogue.Catalogue.LevelEntry;
import org.mnr.catalogue.Catalogue.LevelName;
import org.mnr.catalogue.Catalogue.PackEntry;
import org.mnr.catalogue.Catalogue.Retired;
import org.mnr.catalogue.Catalogue.VariantEntry;
import org.mnr.catalogue.Catalogue.VocabularyEntry;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.criteria.ConditionData;
import org.mnr.engine.criteria.ConditionWords;
import org.mnr.engine.internal.evaluation.Applied;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Condition;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Instrument;
import org.mnr.engine.model.Level;
import org.mnr.engine.pack.PackDescriptor;
import org.mnr.engine.pack.PackRules;

/**
 * Builds the catalogue from what the engine loaded: the framework, each pack's criteria (the rules'
 * metadata) and vocabularies, and the engine's own composition of variants, so the catalogue shows
 * exactly the criteria an assessment uses.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class CatalogueBuilder {

    /** The language a hand-written criterion names in place of its condition. */
    static final String CUSTOM_DRL = "drl";

    private final MaturityEngine engine;
    private final Framework framework;
    private final Map<String, EvidenceKey> vocabulary = new HashMap<>();

    /** A builder over the engine's packs. */
    public CatalogueBuilder(MaturityEngine engine) {
        this.engine = engine;
        this.framework = engine.framework();
        for (PackRules pack : engine.packRules()) {
            pack.pack().vocabulary().forEach(k -> vocabulary.put(k.key(), k));
        }
    }

    /**
     * The catalogue with the given variants applied inline; with none, the base pack and a section
     * per installed variant.
     *
     * @throws IllegalArgumentException when a variant is not loaded
     * @throws org.mnr.engine.pack.PackException when two of the variants change the same criterion
     */
    public Catalogue build(List<String> variantIds) {
        Set<String> applied = new TreeSet<>(variantIds);
        List<Applied> inForce = engine.composition(applied).criteria();
        List<PackEntry> packs = new ArrayList<>();
        List<VariantEntry> variants = new ArrayList<>();
        for (PackRules pack : engine.packRules()) {
            PackDescriptor descriptor = pack.pack().descriptor();
            if (descriptor.isVariant() && !applied.isEmpty() && !applied.contains(descriptor.id())) {
                continue;
            }
            packs.add(new PackEntry(descriptor.id(), descriptor.name(), descriptor.version(), descriptor.isVariant() ? "variant" : "base",
                    descriptor.appliesTo(), descriptor.basis(), pack.pack().instruments().stream().map(CatalogueBuilder::instrument).toList()));
            if (descriptor.isVariant() && applied.isEmpty()) {
                variants.add(variant(descriptor));
            }
        }
        List<LevelName> levels = framework.levels().stream().map(l -> new LevelName(l.level(), l.name())).toList();
        List<DomainEntry> domains = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            List<CapabilityEntry> capabilities = new ArrayList<>();
            for (int id : domain.capabilities()) {
                Capability capability = framework.capability(id).orElseThrow();
                capabilities.add(new CapabilityEntry(id, capability.name(), capability.summary(), levels(id, inForce)));
            }
            domains.add(new DomainEntry(domain.id(), domain.name(), capabilities));
        }
        return new Catalogue(packs, List.copyOf(applied), levels, vocabulary(packs), domains, variants);
    }

    private List<LevelEntry> levels(int capability, List<Applied> inForce) {
        List<LevelEntry> levels = new ArrayList<>();
        for (Level level : framework.levels()) {
            if (level.level() == 0) {
                continue;
            }
            List<CriterionEntry> criteria = inForce.stream()
                    .filter(a -> a.criterion().capability() == capability && a.criterion().level() == level.level())
                    .map(this::entry)
                    .toList();
            levels.add(new LevelEntry(level.level(), level.name(), criteria));
        }
        return levels;
    }

    /** A variant's changes, as the engine composes the base pack with that variant alone. */
    private VariantEntry variant(PackDescriptor descriptor) {
        String id = descriptor.id();
        List<CriterionEntry> adds = new ArrayList<>();
        List<CriterionEntry> replaces = new ArrayList<>();
        List<CriterionEntry> waives = new ArrayList<>();
        for (Applied applied : engine.composition(List.of(id)).criteria()) {
            if (id.equals(applied.addedBy())) {
                adds.add(entry(applied));
            } else if (id.equals(applied.replacedBy())) {
                replaces.add(entry(applied));
            } else if (id.equals(applied.waivedBy())) {
                waives.add(entry(applied));
            }
        }
        return new VariantEntry(id, descriptor.name(), descriptor.version(), descriptor.appliesTo(), adds, replaces, waives);
    }

    private CriterionEntry entry(Applied applied) {
        Criterion criterion = applied.criterion();
        List<KeyEntry> reads = criterion.reads().stream().map(this::key).toList();
        List<Dependency> dependsOn = criterion.dependsOn().stream()
                .map(c -> new Dependency(c, framework.capability(c).map(Capability::name).orElse("capability " + c)))
                .toList();
        Condition when = criterion.when();
        return new CriterionEntry(criterion.id(), criterion.capability(), criterion.level(), criterion.title(), criterion.weight(),
                criterion.rule().pack(), reads, dependsOn, change(applied), when == null ? null : ConditionData.of(when),
                when == null ? CUSTOM_DRL : null,
                when == null ? "as the pack's DRL rule decides" : ConditionWords.of(when, l -> "level " + l + " (" + framework.levelName(l) + ")"),
                applied.waived() ? applied.reason() : null, criterion.source(), criterion.rationale(),
                criterion.exempt().stream().map(e -> new ExemptionEntry(e.country(), e.reason())).toList());
    }

    /** The evidence keys of the packs in the catalogue, base pack first, each in its vocabulary's order. */
    private List<VocabularyEntry> vocabulary(List<PackEntry> packs) {
        List<VocabularyEntry> entries = new ArrayList<>();
        for (PackEntry included : packs) {
            PackRules pack = engine.packRules().stream().filter(p -> p.pack().id().equals(included.id())).findFirst().orElseThrow();
            for (EvidenceKey key : pack.pack().vocabulary()) {
                entries.add(new VocabularyEntry(key.key(), key.type().id(), key.min(), key.max(), key.values().isEmpty() ? null : key.values(),
                        key.pack(), key.description(), key.capability(), key.unit(),
                        key.retiredSince() == null ? null : new Retired(key.retiredSince(), key.replacedBy(), key.retiredReason()),
                        key.instrument()));
            }
        }
        return entries;
    }

    private static InstrumentEntry instrument(Instrument instrument) {
        return new InstrumentEntry(instrument.id(), instrument.name(), instrument.kind().id(), instrument.periodFrom(), instrument.periodTo(),
                date(instrument.adopted()), date(instrument.inForce()), date(instrument.asOf()), instrument.source());
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Change change(Applied applied) {
        if (applied.addedBy() != null) {
            return new Change("added", applied.addedBy(), null, null, null);
        }
        if (applied.replacedBy() != null) {
            return new Change("replaced", applied.replacedBy(), applied.replacedTitle(), null, null);
        }
        if (applied.waivedBy() != null) {
            return new Change("waived", applied.waivedBy(), null, applied.reason(), applied.reasonSource());
        }
        return null;
    }

    private KeyEntry key(String key) {
        EvidenceKey known = vocabulary.get(key);
        if (known == null) {
            // The engine refuses a pack that reads a key outside the vocabularies, so this is only a safeguard.
            return new KeyEntry(key, "unknown", List.of(), null, null, null, null, null, null);
        }
        return new KeyEntry(key, known.type().id(), known.values(), known.min(), known.max(), known.unit(), known.description(),
                known.pack(), known.instrument());
    }
}
