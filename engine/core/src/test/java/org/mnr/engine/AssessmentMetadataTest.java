package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;

/** Who assessed, for whom, draft or final (format v2 §5, issue 14): read from JSON and YAML evidence, carried into results. */
class AssessmentMetadataTest {

    private static final MaturityEngine ENGINE = MiniPack.engine();

    private static final String YAML = """
            country: {code: XC, name: Cordessa}
            assessedOn: 2026-03-01
            assessment: {assessor: "Jane Doe", organisation: "UNICEF Cordessa", status: draft}
            evidence:
              - {key: a.flag, value: true}
            """;

    @Test
    void yamlAndJsonEvidenceGiveTheSameAssessmentInformation() {
        ParsedEvidence yaml = ENGINE.read(YAML, "yaml", "xc.yaml");
        ParsedEvidence json = ENGINE.read("""
                {"country": {"code": "XC"}, "assessedOn": "2026-03-01",
                 "assessment": {"assessor": "Jane Doe", "organisation": "UNICEF Cordessa", "status": "draft"},
                 "evidence": [{"key": "a.flag", "value": true}]}
                """, "json", "xc.json");

        AssessmentInfo expected = new AssessmentInfo("Jane Doe", "UNICEF Cordessa", AssessmentStatus.DRAFT);
        assertThat(yaml.problems()).isEmpty();
        assertThat(yaml.evidence().assessment()).contains(expected);
        assertThat(json.evidence().assessment()).contains(expected);
    }

    @Test
    void theResultCarriesItAfterTheDateAndReadsBack() {
        Assessment result = ENGINE.assess(ENGINE.read(YAML, "yaml", "xc.yaml"));

        assertThat(result.assessment()).isEqualTo(new AssessmentInfo("Jane Doe", "UNICEF Cordessa", AssessmentStatus.DRAFT));
        assertThat(result.toJson()).contains("""
                  "assessedOn": "2026-03-01",
                  "assessment": {
                    "assessor": "Jane Doe",
                    "organisation": "UNICEF Cordessa",
                    "status": "draft"
                  },
                """);
        assertThat(ResultJson.read(result.toJson().getBytes(StandardCharsets.UTF_8))).isEqualTo(result);
    }

    @Test
    void withoutItTheResultHasNoAssessmentField() {
        Assessment result = ENGINE.assess(Evidence.builder("XC", LocalDate.of(2026, 3, 1)).add("a.flag", true).build());

        assertThat(result.assessment()).isNull();
        assertThat(result.toJson()).doesNotContain("\"assessment\"");
    }

    @Test
    void anUnknownStatusIsAnErrorWithADidYouMean() {
        ParsedEvidence parsed = ENGINE.read(YAML.replace("status: draft", "status: finall"), "yaml", "xc.yaml");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.EVIDENCE_UNKNOWN_STATUS);
            assertThat(p.toString()).contains("xc.yaml:3:", "assessment.status 'finall' is not draft or final", "did you mean 'final'?");
        });
        assertThatThrownBy(() -> ENGINE.assess(parsed)).isInstanceOf(InvalidEvidenceException.class);
    }

    @Test
    void anUnknownFieldInItIsAnError() {
        ParsedEvidence parsed = ENGINE.read(YAML.replace("status: draft", "stauts: draft"), "yaml", "xc.yaml");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.EVIDENCE_UNKNOWN_FIELD);
            assertThat(p.toString()).contains("unknown field 'stauts' in assessment", "did you mean 'status'?");
        });
    }

    @Test
    void optionsOverrideTheFileFieldByField() {
        AssessmentInfo file = new AssessmentInfo("Jane Doe", "UNICEF Cordessa", AssessmentStatus.DRAFT);

        assertThat(file.overriddenBy(new AssessmentInfo(null, null, AssessmentStatus.FINAL)))
                .isEqualTo(new AssessmentInfo("Jane Doe", "UNICEF Cordessa", AssessmentStatus.FINAL));
    }
}
