package org.mnr.reports.internal;

import java.util.List;
import java.util.function.IntFunction;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/**
 * A criterion as a report shows it: its status in words, the evidence it rests on, what is missing
 * and where it came from.
 *
 * @param id the criterion id
 * @param title what it requires
 * @param level the level it is required for
 * @param weight its weight
 * @param status its status
 * @param statusLabel the status in words, e.g. {@code Met}: never shown by colour alone
 * @param evidence the evidence its status rests on
 * @param levelsRead the other capabilities' levels it reads, e.g. {@code Capability 7 (Access to Image Databases) is at level 1}
 * @param missing the evidence keys still missing
 * @param openLevels the capabilities whose own level is still open and decides this criterion, in words
 * @param provenance where a variant changed it, e.g. {@code Added by the coe variant}, or null
 */
public record CriterionView(String id, String title, int level, int weight, Status status, String statusLabel,
        List<EvidenceView> evidence, List<String> levelsRead, List<String> missing, List<String> openLevels, String provenance) {

    /** Copies the lists. */
    public CriterionView {
        evidence = List.copyOf(evidence);
        levelsRead = List.copyOf(levelsRead);
        missing = List.copyOf(missing);
        openLevels = List.copyOf(openLevels);
    }

    static CriterionView of(CriterionResult criterion, IntFunction<String> capabilityNames, ReportText text, PackWords words) {
        List<String> levels = criterion.capabilities().stream()
                .map(c -> text.format("criterion.level-read", c.capability(), capabilityNames.apply(c.capability()), c.level()))
                .toList();
        List<String> open = criterion.missingLevels().stream()
                .map(c -> text.format("criterion.level-open", c, capabilityNames.apply(c))).toList();
        return new CriterionView(criterion.id(), words.title(criterion), criterion.level(), criterion.weight(), criterion.status(),
                text.get("status." + criterion.status().id()), criterion.evidence().stream().map(e -> EvidenceView.of(e, text)).toList(),
                levels, criterion.missing(), open, provenance(criterion, text, words));
    }

    private static String provenance(CriterionResult criterion, ReportText text, PackWords words) {
        if (criterion.exemptFor() != null) {
            // An exemption is the pack's own statement that the criterion does not bind this country, not a variant's waiver.
            return text.format("criterion.exempt-for", criterion.exemptFor(), words.reason(criterion));
        }
        if (criterion.waivedBy() != null) {
            return text.format("criterion.waived-by", criterion.waivedBy(), words.reason(criterion));
        }
        if (criterion.replacedBy() != null) {
            return text.format("criterion.replaced-by", criterion.replacedBy(), words.replacedTitle(criterion));
        }
        if (criterion.addedBy() != null) {
            return text.format("criterion.added-by", criterion.addedBy());
        }
        return null;
    }

    /** The status's id, e.g. {@code met}, used as a style class. */
    public String statusId() {
        return status.id();
    }

    /** Whether anything supports the status: cited evidence or another capability's level. */
    public boolean hasSupport() {
        return !evidence.isEmpty() || !levelsRead.isEmpty();
    }
}
