package org.mnr.cli;

import java.util.List;
import org.mnr.engine.MaturityEngine;

/** Checks variant ids given on the command line against the installed variants. */
final class VariantChoice {

    private VariantChoice() {
    }

    /** Throws a usage error naming the installed variants when an id is not one of them. */
    static void check(MaturityEngine engine, List<String> ids) {
        List<String> known = engine.packs().stream().filter(p -> p.descriptor().isVariant()).map(p -> p.id()).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new UsageException("unknown variant '" + id + "'; installed variants: " + String.join(", ", known));
            }
        }
    }
}
