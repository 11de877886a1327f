package org.mnr.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.DomainResult;

/**
 * What every report of one assessment shows, with each figure already written as text, so that the
 * HTML and the Markdown say the same thing.
 *
 * @param countryCode the country's code
 * @param countryName the country's name, or null
 * @param assessedOn the assessment date, ISO
 * @param engine the engine's name and version
 * @param packs the packs used with their versions, e.g. {@code mnr 1.0.0, coe 1.0.0}
 * @param overallScore the overall score
 * @param overallCoverage the overall coverage as a percentage
 * @param domains the domains, in order
 * @param capabilities the 21 capabilities, in order
 * @param warnings what was ignored in the evidence
 */
public record ReportView(String countryCode, String countryName, String assessedOn, String engine, String packs,
        String overallScore, String overallCoverage, List<DomainView> domains, List<CapabilityView> capabilities,
        List<String> warnings) {

    /** Copies the lists. */
    public ReportView {
        domains = List.copyOf(domains);
        capabilities = List.copyOf(capabilities);
        warnings = List.copyOf(warnings);
    }

    /** The view of an assessment. */
    public static ReportView of(Assessment assessment) {
        Map<String, String> domainNames = assessment.domains().stream().collect(Collectors.toMap(DomainResult::id, DomainResult::name));
        Map<Integer, String> capabilityNames = assessment.capabilities().stream()
                .collect(Collectors.toMap(CapabilityResult::id, CapabilityResult::name));
        return new ReportView(
                assessment.country().code(),
                assessment.country().name(),
                assessment.assessedOn().toString(),
                assessment.engine().name() + " " + assessment.engine().version(),
                assessment.packs().stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", ")),
                Figures.score(assessment.overall().score()),
                Figures.percent(assessment.overall().coverage()),
                assessment.domains().stream().map(DomainView::of).toList(),
                assessment.capabilities().stream().map(c -> CapabilityView.of(c, domainNames.get(c.domain()), capabilityNames::get)).toList(),
                assessment.warnings());
    }

    /** The country as a heading names it, e.g. {@code Cordessa (XC)}, or the code alone. */
    public String country() {
        return countryName == null ? countryCode : countryName + " (" + countryCode + ")";
    }

    /** Every criterion a regional variant added, replaced or waived, in capability order. */
    public List<CriterionView> variantChanges() {
        return capabilities.stream().flatMap(c -> c.criteria().stream()).filter(c -> c.provenance() != null).toList();
    }
}
