package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.Status;

/**
 * A capability's confidence and the minimum confidence (docs/model.md, "Confidence"); expected values worked out
 * by hand on the pack described in {@link RangesPack}.
 */
class CapabilityConfidenceTest {

    /**
     * Capability 1 at level 4 on all items (levels 3 and 4 have no criteria, so pass through); capability 2 at level 4
     * too (its flag, and capability 1 at level 2).
     */
    private static String items(String threeConfidence) {
        return """
                - {key: a.one, value: true, confidence: verified}
                - {key: a.two, value: true, confidence: documented}
                - {key: a.three, value: true%s}
                - {key: a.hours, value: 10, confidence: verified}
                - {key: b.flag, value: true, confidence: verified}
                """.formatted(threeConfidence);
    }

    @Test
    void theConfidenceIsTheStrongestWhoseItemsAloneStillReachTheLevel() {
        // a.three gives none, so counts as reported: on documented items only two of three hold and capability 1 drops
        // to 0; on all items it is at 4. Its confidence is reported.
        Assessment result = RangesPack.assess(items(""));

        assertThat(result.capability(1).orElseThrow().level()).isEqualTo(4);
        assertThat(result.capability(1).orElseThrow().confidence()).isEqualTo(Confidence.REPORTED);
    }

    @Test
    void aMixOfVerifiedAndDocumentedItemsGivesDocumented() {
        // On verified items a.two and a.three are gone: level 0. On documented ones all three flags and the hours: 4.
        Assessment result = RangesPack.assess(items(", confidence: documented"));

        assertThat(result.capability(1).orElseThrow().confidence()).isEqualTo(Confidence.DOCUMENTED);
    }

    @Test
    void theReRunIncludesDependencies() {
        // Capability 2's own item is verified, but its level 2 needs capability 1 at level 2, which verified items alone
        // do not reach: on verified items capability 2 is at 1, not 4, so its confidence is documented, like capability 1's.
        Assessment result = RangesPack.assess(items(", confidence: documented"));

        assertThat(result.capability(2).orElseThrow().level()).isEqualTo(4);
        assertThat(result.capability(2).orElseThrow().confidence()).isEqualTo(Confidence.DOCUMENTED);
    }

    @Test
    void allVerifiedGivesVerifiedAndLevelZeroGivesNone() {
        Assessment result = RangesPack.assess("""
                - {key: a.one, value: true, confidence: verified}
                - {key: a.two, value: true, confidence: verified}
                - {key: a.three, value: true, confidence: verified}
                - {key: c.flag, value: false, confidence: verified}
                """);

        // Capability 1: level 1 (level 2 unknown, a.hours missing), all on verified items.
        assertThat(result.capability(1).orElseThrow().level()).isEqualTo(1);
        assertThat(result.capability(1).orElseThrow().confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(result.capability(3).orElseThrow().level()).isZero();
        assertThat(result.capability(3).orElseThrow().confidence()).isNull();
    }

    @Test
    void belowTheMinimumAnItemCountsAsNoEvidenceSoItsCriterionIsUnknownNotUnmet() {
        // With minimum documented, a.three (reported) is as if not given: C01.L1 two of three as known, three at best.
        Assessment result = RangesPack.assess(RangesPack.engine(Confidence.DOCUMENTED), items(""));

        assertThat(result.minConfidence()).isEqualTo(Confidence.DOCUMENTED);
        assertThat(result.criterion("C01.L1.all-three").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.criterion("C01.L1.all-three").orElseThrow().missing()).containsExactly("a.three");
        assertThat(result.capability(1).orElseThrow().level()).isZero();
        assertThat(result.capability(1).orElseThrow().levelMax()).isEqualTo(4);
        // Capability 2: its flag is verified, level 2 reads capability 1 (0, up to 4): level 1, confidence verified.
        assertThat(result.capability(2).orElseThrow().level()).isEqualTo(1);
        assertThat(result.capability(2).orElseThrow().confidence()).isEqualTo(Confidence.VERIFIED);
    }

    @Test
    void aMinimumConfidenceNeverRaisesALevel() {
        String items = items("");
        for (int capability = 1; capability <= 3; capability++) {
            int all = RangesPack.assess(items).capability(capability).orElseThrow().level();
            int documented = RangesPack.assess(RangesPack.engine(Confidence.DOCUMENTED), items).capability(capability).orElseThrow().level();
            int verified = RangesPack.assess(RangesPack.engine(Confidence.VERIFIED), items).capability(capability).orElseThrow().level();
            assertThat(verified).isLessThanOrEqualTo(documented);
            assertThat(documented).isLessThanOrEqualTo(all);
        }
    }
}
