package org.mnr.engine.pack;

import java.util.List;
import java.util.Objects;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.internal.pack.PackResources;

/**
 * A loaded pack: its descriptor, its evidence vocabulary and where its files are.
 *
 * @param descriptor what {@code pack.yaml} says
 * @param vocabulary the evidence keys the pack defines, in file order
 * @param resources where the pack's files are read from
 */
public record Pack(PackDescriptor descriptor, List<EvidenceKey> vocabulary, PackResources resources) {

    /** Validates and copies the fields. */
    public Pack {
        Objects.requireNonNull(descriptor, "descriptor");
        vocabulary = List.copyOf(vocabulary);
        Objects.requireNonNull(resources, "resources");
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
