package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Objects;
import org.mnr.engine.criteria.PackCriteria;
import org.mnr.engine.internal.pack.PackResources;
import org.apiguardian.api.API;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Instrument;

/**
 * A loaded pack: its descriptor, its evidence vocabulary, its criteria files and where its files are.
 *
 * @param descriptor what {@code pack.yaml} says
 * @param vocabulary the evidence keys the pack defines, in file order
 * @param resources where the pack's files are read from
 * @param criteria the criteria its criteria files define
 * @param instruments the instruments its instruments file lists, in file order; empty without one (since 1.2)
 * @param translations its translation files, read, by language code; empty without any (since 1.2)
 */
@API(status = STABLE, since = "1.0")
public record Pack(PackDescriptor descriptor, List<EvidenceKey> vocabulary, @API(status = INTERNAL, since = "1.0") PackResources resources,
        PackCriteria criteria, @API(status = EXPERIMENTAL, since = "1.2") List<Instrument> instruments,
        @API(status = EXPERIMENTAL, since = "1.2") Map<String, Translation> translations) {

    /** Validates and copies the fields; the pack's files are the engine's own business, hence INTERNAL. */
    @API(status = INTERNAL, since = "1.0")
    public Pack {
        Objects.requireNonNull(descriptor, "descriptor");
        vocabulary = List.copyOf(vocabulary);
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(criteria, "criteria");
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        translations = translations == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    /** A pack without instruments or translations. */
    @API(status = INTERNAL, since = "1.0")
    public Pack(PackDescriptor descriptor, List<EvidenceKey> vocabulary, PackResources resources, PackCriteria criteria) {
        this(descriptor, vocabulary, resources, criteria, List.of(), Map.of());
    }

    /** A pack with no criteria files: its criteria are hand-written rules only. */
    @API(status = INTERNAL, since = "1.0")
    public Pack(PackDescriptor descriptor, List<EvidenceKey> vocabulary, PackResources resources) {
        this(descriptor, vocabulary, resources, PackCriteria.none(descriptor.id(), descriptor.isVariant()));
    }

    /** The base criteria a variant waives, in its descriptor and its criteria files. */
    public List<Waiver> waivers() {
        List<Waiver> waivers = new ArrayList<>(descriptor.waive());
        criteria.waives().forEach(w -> waivers.add(new Waiver(w.id(), w.reason(), w.source())));
        return List.copyOf(waivers);
    }

    /** The pack id. */
    public String id() {
        return descriptor.id();
    }

    /** The pack version. */
    public String version() {
        return descriptor.version();
    }
}
