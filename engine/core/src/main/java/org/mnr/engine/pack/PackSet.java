package org.mnr.engine.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mnr.engine.internal.pack.PackReader;

/**
 * A consistent set of loaded packs: exactly one base pack and the variants that extend it, by id.
 *
 * @param base the base pack
 * @param variants the variant packs, sorted by id
 */
public record PackSet(Pack base, List<Pack> variants) {

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
            throw new PackException("no base pack is loaded; put mnr-rules on the class path or name its folder with --rules");
        }
        if (bases.size() > 1) {
            throw new PackException("more than one base pack is loaded: " + String.join(", ",
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
            if (!ids.add(variant.id())) {
                throw new PackException("two packs have the id '" + variant.id() + "'");
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
