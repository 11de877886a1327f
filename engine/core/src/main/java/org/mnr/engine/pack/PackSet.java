package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import org.mnr.engine.error.ProblemCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mnr.engine.criteria.BaseChanges;
import org.mnr.engine.internal.pack.BaseFingerprints;
import org.mnr.engine.internal.pack.PackReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consistent set of loaded packs: exactly one base pack, the variants that extend it, by id, and the variants that
 * cannot be used with it.
 *
 * @param base the base pack
 * @param variants the variant packs, sorted by id
 * @param broken the variants read but left out, with the reason: a base criterion they replace or waive is gone, or the
 *     base's version is outside their {@code extends} range; sorted by id
 */
@API(status = INTERNAL, since = "1.0")
public record PackSet(Pack base, List<Pack> variants, List<BrokenPack> broken) {

    private static final Logger LOG = LoggerFactory.getLogger(PackSet.class);

    /** Copies the list. */
    public PackSet {
        variants = List.copyOf(variants);
        broken = List.copyOf(broken);
    }

    /** A set with no broken variant. */
    public PackSet(Pack base, List<Pack> variants) {
        this(base, variants, List.of());
    }

    /**
     * Orders and checks packs.
     *
     * <p>A variant written for another version of the base, or replacing or waiving a base criterion the base no longer
     * defines, does not stop the others: it is set aside as {@linkplain #broken() broken}, so that only the countries it
     * applies to fail (issue 16).
     *
     * @throws PackException when there is no base pack or more than one, a variant extends another base,
     *     two packs share an id, or a variant's DRL rule has an {@code @against} that is not a fingerprint or replaces nothing
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
        List<BrokenPack> broken = new ArrayList<>();
        Map<String, String> fingerprints = null;
        for (Pack variant : packs.stream().filter(p -> p.descriptor().isVariant()).sorted(Comparator.comparing(Pack::id)).toList()) {
            if (!variant.descriptor().base().equals(base.id())) {
                throw new PackException(variant.resources().describe(PackReader.DESCRIPTOR) + ": extends pack '"
                        + variant.descriptor().base() + "', but the base pack loaded is '" + base.id() + "'");
            }
            if (!ids.add(variant.id())) {
                throw new PackException(ProblemCode.PACK_DUPLICATE_ID, "two packs have the id '" + variant.id() + "'");
            }
            Optional<String> unusable = unusable(base, variant);
            if (unusable.isPresent()) {
                LOG.warn("{}", unusable.get());
                broken.add(new BrokenPack(variant, unusable.get()));
                continue;
            }
            if (fingerprints == null) {
                // Read once, and only with a variant to check: a base's DRL files are parsed for it.
                fingerprints = BaseFingerprints.of(base);
            }
            for (BaseChanges.Change change : BaseChanges.of(fingerprints, variant.criteria(), BaseFingerprints.recorded(variant))) {
                LOG.warn("{}: {}", change.where().file() + ":" + change.where().line(), change.describe(variant.id()));
            }
            variants.add(variant);
        }
        return new PackSet(base, variants, broken);
    }

    /**
     * Why a variant cannot be used with this base, if it cannot. A base with hand-written rules may define criteria no
     * criteria file lists, so a missing one is then left to the rule base's own check.
     */
    private static Optional<String> unusable(Pack base, Pack variant) {
        String cannot = variant.resources().describe(PackReader.DESCRIPTOR) + ": variant " + variant.id() + " " + variant.version()
                + " cannot be used: ";
        String baseName = base.id() + " " + base.version();
        SemanticVersion baseVersion = SemanticVersion.parse(base.version()).orElse(null);
        VersionRange wanted = variant.descriptor().baseVersions();
        if (baseVersion != null && !wanted.admits(baseVersion)) {
            return Optional.of(cannot + "it is written for " + base.id() + " " + wanted + ", but the base pack loaded is " + baseName
                    + " (" + base.resources().origin() + "); use a version of " + variant.id() + " written for " + baseName
                    + ", or the base it was written for");
        }
        if (!base.descriptor().rules().isEmpty()) {
            return Optional.empty();
        }
        Set<String> baseIds = new HashSet<>();
        base.criteria().criteria().forEach(c -> baseIds.add(c.id()));
        List<String> gone = new ArrayList<>();
        variant.criteria().replaces().stream().map(c -> c.id()).filter(id -> !baseIds.contains(id)).distinct()
                .forEach(id -> gone.add("replaces " + id));
        variant.waivers().stream().map(Waiver::id).filter(id -> !baseIds.contains(id)).distinct()
                .forEach(id -> gone.add("waives " + id));
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(gone(base, variant, gone));
    }

    /**
     * Why a variant cannot be used: what it replaces or waives ({@code replaces C01.L2.x}) that the base no longer defines.
     */
    public static String gone(Pack base, Pack variant, List<String> gone) {
        String baseName = base.id() + " " + base.version();
        return variant.resources().describe(PackReader.DESCRIPTOR) + ": variant " + variant.id() + " " + variant.version()
                + " cannot be used: it " + String.join(" and ", gone) + ", which the base pack " + baseName + " no longer defines"
                + " (removed or renamed); its author must review it against " + baseName + " and publish a new version; until then,"
                + " score the countries it applies to without it (naming only the other variants, or the base pack alone)";
    }

    /** This set with more variants set aside as broken, e.g. once the base's hand-written rules are known. */
    public PackSet withBroken(List<BrokenPack> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<String> ids = new HashSet<>();
        more.forEach(b -> ids.add(b.pack().id()));
        List<BrokenPack> all = new ArrayList<>(broken);
        all.addAll(more);
        all.sort(Comparator.comparing(b -> b.pack().id()));
        return new PackSet(base, variants.stream().filter(v -> !ids.contains(v.id())).toList(), all);
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
