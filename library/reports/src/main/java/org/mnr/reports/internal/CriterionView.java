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
 * @param evidence the evidence its status rests on
 * @param levelsRead the other capabilities' levels it reads, e.g. {@code Capability 7 (Access to Image Databases) is at level 1}
 * @param missing the evidence keys still missing
 * @param provenance where a variant changed it, e.g. {@code Added by the coe variant}, or null
 */
public record CriterionView(String id, String title, int level, int weight, Status status, List<EvidenceView> evidence,
        List<String> levelsRead, List<String> missing, String provenance) {

    /** Copies the lists. */
    public CriterionView {
        evidence = List.copyOf(evidence);
        levelsRead = List.copyOf(levelsRead);
        missing = List.copyOf(missing);
    }

    static CriterionView of(CriterionResult criterion, IntFunction<String> capabilityNames) {
        List<String> levels = criterion.capabilities().stream()
                .map(c -> "Capability " + c.capability() + " (" + capabilityNames.apply(c.capability()) + ") is at level " + c.level())
                .toList();
        return new CriterionView(criterion.id(), criterion.title(), criterion.level(), criterion.weight(), criterion.status(),
                criterion.evidence().stream().map(EvidenceView::of).toList(), levels, criterion.missing(), provenance(criterion));
    }

    private static String provenance(CriterionResult criterion) {
        if (criterion.waivedBy() != null) {
            return "Waived by the " + criterion.waivedBy() + " variant: " + criterion.reason();
        }
        if (criterion.replacedBy() != null) {
            return "Replaced by the " + criterion.replacedBy() + " variant; the base criterion was: " + criterion.replacedTitle();
        }
        if (criterion.addedBy() != null) {
            return "Added by the " + criterion.addedBy() + " variant";
        }
        return null;
    }

    /** The status in words, e.g. {@code Met}: never shown by colour alone. */
    public String statusLabel() {
        return switch (status) {
            case MET -> "Met";
            case UNMET -> "Unmet";
            case UNKNOWN -> "Unknown";
            case WAIVED -> "Waived";
        };
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
