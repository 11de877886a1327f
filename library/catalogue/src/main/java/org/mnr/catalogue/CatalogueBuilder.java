package org.mnr.catalogue;

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
import org.mnr.catalogue.Catalogue.KeyEntry;
import org.mnr.catalogue.Catalogue.LevelEntry;
import org.mnr.catalogue.Catalogue.LevelName;
import org.mnr.catalogue.Catalogue.PackEntry;
import org.mnr.catalogue.Catalogue.VariantEntry;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.internal.evaluation.Applied;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Level;
import org.mnr.engine.pack.PackDescriptor;

/**
 * Builds the catalogue from what the engine loaded: the framework, each pack's criteria (the rules'
 * metadata) and vocabularies, and the engine's own composition of variants, so the catalogue shows
 * exactly the criteria an assessment uses.
 */
public final class CatalogueBuilder {

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
                    descriptor.appliesTo()));
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
        return new Catalogue(packs, List.copyOf(applied), levels, domains, variants);
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
        return new CriterionEntry(criterion.id(), criterion.capability(), criterion.level(), criterion.title(), criterion.weight(),
                criterion.rule().pack(), reads, dependsOn, change(applied));
    }

    private static Change change(Applied applied) {
        if (applied.addedBy() != null) {
            return new Change("added", applied.addedBy(), null, null);
        }
        if (applied.replacedBy() != null) {
            return new Change("replaced", applied.replacedBy(), applied.replacedTitle(), null);
        }
        if (applied.waivedBy() != null) {
            return new Change("waived", applied.waivedBy(), null, applied.reason());
        }
        return null;
    }

    private KeyEntry key(String key) {
        EvidenceKey known = vocabulary.get(key);
        if (known == null) {
            // The engine refuses a pack that reads a key outside the vocabularies, so this is only a safeguard.
            return new KeyEntry(key, "unknown", List.of(), null, null, null, null, null);
        }
        return new KeyEntry(key, known.type().id(), known.values(), known.min(), known.max(), known.unit(), known.description(),
                known.pack());
    }
}
