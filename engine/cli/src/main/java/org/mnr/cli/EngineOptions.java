package org.mnr.cli;

import java.util.ArrayList;
import java.util.List;
import org.mnr.engine.EvidenceChecker;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.pack.Pack;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose packs, variants, limits and the least confidence counted, shared by every command that assesses evidence. */
final class EngineOptions {

    @Mixin
    private PackOptions packs = new PackOptions();

    @Mixin
    private LimitOptions limits = new LimitOptions();

    @Mixin
    private ConfidenceOption confidence = new ConfidenceOption();

    @Option(names = "--variant", paramLabel = "ID",
            description = "Use this regional variant whatever the memberships (repeatable), e.g. coe, eu, au, asean.")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--no-variants", description = "Use the base pack alone, whatever the memberships.")
    private boolean noVariants;

    /** The limits on evidence files the options describe. */
    EvidenceLimits limits() {
        return limits.limits();
    }

    /** Builds the engine the options describe. */
    MaturityEngine engine() {
        return confidence.applyTo(packs.builder().evidenceLimits(limits.limits())).build();
    }

    /** A checker of evidence for the packs the options describe; compiles no rule. */
    EvidenceChecker checker() {
        return packs.builder().evidenceLimits(limits.limits()).buildChecker();
    }

    /** The variant choice the options describe. */
    Variants variants(MaturityEngine engine) {
        return variants(engine.checker());
    }

    /** The variant choice the options describe. */
    Variants variants(EvidenceChecker checker) {
        if (noVariants && !variants.isEmpty()) {
            throw UsageException.of("msg.no-variants-and-variant");
        }
        if (noVariants) {
            return Variants.none();
        }
        if (variants.isEmpty()) {
            return Variants.fromMemberships();
        }
        List<String> known = checker.packs().variants().stream().map(Pack::id).toList();
        for (String id : variants) {
            if (!known.contains(id)) {
                throw VariantChoice.unknown(id, known);
            }
        }
        return Variants.named(variants);
    }
}
