package org.mnr.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.pack.Pack;
import org.mnr.template.EvidenceTemplate.Row;

/** A template carries the assessment information of the evidence it is filled from, and offers no retired key. */
class TemplateAssessmentTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    private static final AssessmentInfo INFO = new AssessmentInfo("Jane Doe", "Ministry of Justice", AssessmentStatus.FINAL);

    @Test
    void aFilledTemplateKeepsWhoAssessedForWhomAndTheStatus() {
        Evidence evidence = Evidence.builder("XC", LocalDate.of(2026, 6, 30)).memberships("CoE")
                .add("governance.body.exists", true).assessment(INFO).build();

        EvidenceTemplate filled = EvidenceTemplate.filled(ENGINE, evidence, List.of());
        String json = JsonTemplate.write(filled);

        assertThat(filled.assessment()).isEqualTo(INFO);
        assertThat(json).contains("\n  \"assessment\": {\"assessor\": \"Jane Doe\", \"organisation\": \"Ministry of Justice\", \"status\": \"final\"},\n");
        ParsedEvidence read = ENGINE.read(json, "json", "template.json");
        assertThat(read.evidence().assessment()).contains(INFO);
    }

    @Test
    void aBlankTemplateSaysNothingOfTheAssessment() {
        EvidenceTemplate blank = EvidenceTemplate.blank(ENGINE, List.of());

        assertThat(blank.assessment()).isNull();
        assertThat(JsonTemplate.write(blank)).doesNotContain("\"assessment\"");
    }

    @Test
    void noPackKeyRetiredIn200IsOffered() {
        List<String> variants = ENGINE.packs().stream().filter(p -> p.descriptor().isVariant()).map(Pack::id).toList();
        List<String> retired = ENGINE.packs().stream().flatMap(p -> p.vocabulary().stream()).filter(k -> k.retired()).map(k -> k.key()).toList();
        // docs/changes.md retires five base keys and five variant keys in 2.0.0 (among them coe.lanzarote.ratified).
        assertThat(retired).contains("legislation.opsc_ratified", "reporting.legal_duty", "coe.lanzarote.ratified", "au.malabo.ratified");

        EvidenceTemplate blank = EvidenceTemplate.blank(ENGINE, variants);

        assertThat(blank.rows()).extracting(Row::key).doesNotContainAnyElementsOf(retired).contains("hotline.reporting_portal");
    }
}
