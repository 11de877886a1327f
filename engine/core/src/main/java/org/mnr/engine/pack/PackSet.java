package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import org.mnr.engine.error.ProblemCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mnr.engine.criteria.BaseChanges;
import org.mnr.engine.internal.pack.PackReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consistent set of loaded packs: exactly one base pack and the variants that extend it, by id.
 *
 * @param base the base pack
 * @param variants the variant packs, sorted by id
 */
@API(status = INTERNAL, since = "1.0")
public record PackSet(Pack base, List<Pack> variants) {

    private static final Logger LOG = LoggerFactory.getLogger(PackSet.class);

    /** Copies the list. */
    public PackSet {
        variants = List.copyOf(variants);
    }

    /**
     * Orders and checks packs.
     *
     * @throws PackException when there is no base pack or more than one, a variant extends another base, or
     *     two packs share an id
     */
    public static PackSet of(List<Pack> packs) {
        List<Pack> bases = packs.stream().filter(p -> !p.descriptor().isVariant()).toList();
        if (bases.isEmpty()) {
            throw new PackException(ProblemCode.PACK_NO_BASE, "no base pack is loaded; put mnr-rules on the class path or load the base pack's folder");
        }
        if (bases.size() > 1) {
            throw new PackException(ProblemCode.PACK_DUPLICATE_ID, "more than one base pack is loaded: " + String.join(", ",
                    bases.stream().map(p -> p.id() + " (" + p.resources().origin() + ")").toList()));
        }
        Pack base = bases.get(0);
        Set<String> ids = new HashSet<>();
        ids.add(base.id());
        List<Pack> variants = new ArrayList<>();
        for (Pack variant : packs.stream().filter(p -> p.descriptor().isVariant()).sorted(Comparator.comparing(Pack::id)).toList()) {
            if (!variant.descriptor().base().equals(base.id())) {
                throw new PackException(variant.resources().describe(PackReader.DESCRIPTOR) + ": extends pack '"
                        + variant.descriptor().base() + "', but the base pack loaded is '" + base.id() + "'");
            }
            SemanticVersion baseVersion = SemanticVersion.parse(base.version()).orElse(null);
            VersionRange wanted = variant.descriptor().baseVersions();
            if (baseVersion != null && !wanted.admits(baseVersion)) {
                throw new PackException(ProblemCode.PACK_INVALID, variant.resources().describe(PackReader.DESCRIPTOR) + ": variant "
                        + variant.id() + " " + variant.version() + " is written for " + base.id() + " " + wanted + ", but the base pack loaded is "
                        + base.id() + " " + base.version() + " (" + base.resources().origin() + "); use a version of the variant written"
                        + " for it, or the base it was written for");
            }
            if (!ids.add(variant.id())) {
                throw new PackException(ProblemCode.PACK_DUPLICATE_ID, "two packs have the id '" + variant.id() + "'");
            }
            for (BaseChanges.Change change : BaseChanges.of(base.criteria(), variant.criteria())) {
                LOG.warn("{}: {}", change.where().file() + ":" + change.where().line(), change.describe(variant.id()));
            }
            variants.add(variant);
        }
        return new PackSet(base, variants);
    }

    /** Every pack, base first. */
    public List<Pack> all() {
        List<Pack> all = new ArrayList<>();
        all.add(base);
        all.addAll(variants);
        return all;
    }

    /** Finds a variant by id. */
    public Optional<Pack> variant(String id) {
        return variants.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
