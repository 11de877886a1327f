package org.mnr.cli;

import java.util.List;
import java.util.Optional;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.internal.evidence.Suggestion;

/** Checks variant ids given on the command line against the installed variants. */
final class VariantChoice {

    private VariantChoice() {
    }

    /** Throws a usage error naming the installed variants when an id is not one of them. */
    static void check(MaturityEngine engine, List<String> ids) {
        List<String> known = engine.packs().stream().filter(p -> p.descriptor().isVariant()).map(p -> p.id()).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw unknown(id, known);
            }
        }
    }

    /**
     * The usage error of a variant id that is not installed, with the id it most likely meant ({@code coe} for
     * {@code CoE}) and, for ids run together with commas, how to give several.
     */
    static UsageException unknown(String id, List<String> known) {
        CliText.Words hint = known.stream().filter(k -> k.equalsIgnoreCase(id.trim())).findFirst()
                // Ids are short: a guess at two edits from a two-letter id would be noise.
                .or(() -> id.length() > 3 ? Suggestion.closest(id, known) : Optional.empty())
                .map(k -> CliText.words("msg.variant.did-you-mean", k)).orElse(null);
        List<String> parts = List.of(id.split(",", -1));
        if (parts.size() > 1) {
            hint = CliText.words("msg.variant.one-each", String.join(" --variant ", parts.stream().map(String::trim).toList()));
        }
        return hint == null ? UsageException.of("msg.variant.unknown", id, String.join(", ", known))
                : UsageException.of("msg.variant.unknown-hint", id, hint, String.join(", ", known));
    }
}
