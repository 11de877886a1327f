package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.Status;

/** An evidence item's confidence, read from JSON and YAML, cited in results and filtered by the minimum confidence. */
class EvidenceConfidenceTest {

    private static final String YAML = """
            country: {code: XA, memberships: []}
            assessedOn: 2026-06-30
            evidence:
              - {key: a.flag, value: true, source: Decree 1, confidence: verified}
              - {key: a.kind, value: x, confidence: documented}
              - {key: a.count, value: 42}
            """;

    @Test
    void yamlAndJsonItemsCarryTheirConfidenceAndAnItemWithoutOneGivesNone() {
        ParsedEvidence yaml = MiniPack.engine().read(YAML, "yaml", "x.yaml");
        ParsedEvidence json = MiniPack.engine().read("""
                {"country": {"code": "XA"}, "assessedOn": "2026-06-30",
                 "evidence": [{"key": "a.flag", "value": true, "confidence": "reported"}, {"key": "a.kind", "value": "x"}]}
                """, "json", "x.json");

        assertThat(yaml.problems()).isEmpty();
        assertThat(yaml.evidence().items()).extracting(i -> i.confidence())
                .containsExactly(Confidence.VERIFIED, Confidence.DOCUMENTED, null);
        assertThat(json.evidence().items()).extracting(i -> i.confidence()).containsExactly(Confidence.REPORTED, null);
    }

    @Test
    void theResultCitesTheConfidenceGivenAndNoneWhereNoneWasGiven() {
        Assessment result = MiniPack.engine().assess(MiniPack.engine().read(YAML, "yaml", "x.yaml"));

        assertThat(result.criterion("C01.L1.flag").orElseThrow().evidence().get(0).confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(result.criterion("C01.L2.count").orElseThrow().evidence().get(0).confidence()).isNull();
        assertThat(result.toJson()).contains("\"confidence\": \"verified\"").contains("\"minConfidence\": \"reported\"");
    }

    @Test
    void anUnknownConfidenceIsInvalidWithADidYouMean() {
        ParsedEvidence parsed = MiniPack.engine().read("""
                {"country": {"code": "XA"}, "assessedOn": "2026-06-30",
                 "evidence": [{"key": "a.flag", "value": true, "confidence": "verifed"}]}
                """, "json", "x.json");

        assertThatThrownBy(() -> MiniPack.engine().assess(parsed)).isInstanceOf(InvalidEvidenceException.class)
                .satisfies(e -> {
                    Problem problem = ((InvalidEvidenceException) e).problems().get(0);
                    assertThat(problem.code()).isEqualTo(ProblemCode.EVIDENCE_UNKNOWN_CONFIDENCE);
                    assertThat(problem.place().pointer()).isEqualTo("/evidence/0/confidence");
                    assertThat(problem.message()).contains("'verifed'");
                    assertThat(problem.hint()).contains("did you mean 'verified'?");
                });
    }

    @Test
    void itemsBelowTheMinimumCountAsNoEvidenceAndTheResultRecordsTheMinimum() {
        MaturityEngine documented = MaturityEngine.builder().withoutClassPathPacks().packFolder(MiniPack.PACKS.resolve("mini"))
                .minConfidence(Confidence.DOCUMENTED).build();
        Assessment result = documented.assess(documented.read("""
                country: {code: XA, memberships: []}
                assessedOn: 2026-06-30
                evidence:
                  - {key: a.flag, value: true, confidence: verified}
                  - {key: a.kind, value: x, confidence: reported}
                  - {key: a.count, value: 1}
                """, "yaml", "x.yaml"));

        assertThat(documented.minConfidence()).isEqualTo(Confidence.DOCUMENTED);
        assertThat(result.minConfidence()).isEqualTo(Confidence.DOCUMENTED);
        assertThat(result.criterion("C01.L1.flag").orElseThrow().status()).isEqualTo(Status.MET);
        // Reported and unrated items are below documented: unknown, with their keys missing, not unmet.
        assertThat(result.criterion("C01.L1.kind").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.criterion("C01.L1.kind").orElseThrow().missing()).containsExactly("a.kind");
        assertThat(result.criterion("C01.L2.count").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.criterion("C01.L1.kind").orElseThrow().evidence()).isEmpty();
    }
}
