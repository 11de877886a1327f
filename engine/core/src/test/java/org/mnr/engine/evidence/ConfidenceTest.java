package org.mnr.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Confidence words and order, as docs/model.md defines them. */
class ConfidenceTest {

    @Test
    void verifiedIsStrongerThanDocumentedWhichIsStrongerThanReported() {
        assertThat(Confidence.VERIFIED.atLeast(Confidence.DOCUMENTED)).isTrue();
        assertThat(Confidence.DOCUMENTED.atLeast(Confidence.REPORTED)).isTrue();
        assertThat(Confidence.REPORTED.atLeast(Confidence.DOCUMENTED)).isFalse();
        assertThat(Confidence.DOCUMENTED.atLeast(Confidence.VERIFIED)).isFalse();
        assertThat(Confidence.DOCUMENTED.atLeast(Confidence.DOCUMENTED)).isTrue();
    }

    @Test
    void wordsAreLowerCaseAndParseBackExactly() {
        assertThat(Confidence.words()).containsExactly("verified", "documented", "reported");
        assertThat(Confidence.parse("documented")).contains(Confidence.DOCUMENTED);
        assertThat(Confidence.parse("Documented")).isEmpty();
        assertThat(Confidence.parse("verifed")).isEmpty();
        assertThat(Confidence.parse(null)).isEmpty();
    }

    @Test
    void anItemWithoutConfidenceCountsAsReported() {
        EvidenceItem item = new EvidenceItem("a.flag", true, null, null, Place.at("/evidence/0/value"));

        assertThat(item.confidence()).isNull();
        assertThat(item.effectiveConfidence()).isEqualTo(Confidence.REPORTED);
        assertThat(item.withConfidence(Confidence.VERIFIED).effectiveConfidence()).isEqualTo(Confidence.VERIFIED);
    }
}
