package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;

/** Dates after the assessment and a template's placeholders are invalid input (docs/model.md, "Invalid input"). */
class InvalidDatesTest {

    private static List<Problem> problems(String document) {
        MaturityEngine engine = RangesPack.engine();
        ParsedEvidence parsed = engine.read(document, "yaml", "test.yaml");
        return engine.validate(parsed, Variants.fromMemberships()).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    @Test
    void aDateAfterTheAssessmentNamesTheKeyBothDatesAndTheFix() {
        List<Problem> problems = problems("""
                country: {code: XA, name: Testland}
                assessedOn: 2026-06-30
                evidence:
                  - {key: c.date, value: 2026-07-01}
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.EVIDENCE_DATE_AFTER_ASSESSMENT);
            assertThat(p.place().line()).isEqualTo(4);
            assertThat(p.message()).contains("c.date").contains("2026-07-01").contains("2026-06-30");
            assertThat(p.hint()).contains("correct the date").contains("assessedOn");
        });
    }

    @Test
    void theAssessmentDayItselfIsAccepted() {
        assertThat(problems("""
                country: {code: XA, name: Testland}
                assessedOn: 2026-06-30
                evidence:
                  - {key: c.date, value: 2026-06-30}
                """)).isEmpty();
    }

    @Test
    void aTemplatesPlaceholdersSayWhatToFillInAndNothingIsScored() {
        String blank = """
                country: {code: XA}
                assessedOn: 2000-01-01
                evidence:
                  - {key: c.date, value: 2022-03-01}
                """;
        List<Problem> problems = problems(blank);

        // The placeholder date and code; the 2022 date is not reported as after a placeholder date.
        assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.EVIDENCE_TEMPLATE_PLACEHOLDER).hasSize(2);
        // In file order: the code on line 1, then the date on line 2.
        assertThat(problems.get(0).message()).contains("country code").contains("XA");
        assertThat(problems.get(0).hint()).contains("ISO 3166-1 alpha-2");
        assertThat(problems.get(1).message()).contains("assessedOn").contains("2000-01-01");
        assertThat(problems.get(1).hint()).contains("write the date the evidence describes");
        MaturityEngine engine = RangesPack.engine();
        assertThatThrownBy(() -> engine.assess(engine.read(blank, "yaml", "test.yaml"))).isInstanceOf(InvalidEvidenceException.class);
    }

    @Test
    void aFictionalCountryOnARealDateIsNoPlaceholder() {
        assertThat(problems("""
                country: {code: XA, name: Arvenia}
                assessedOn: 2026-06-30
                evidence: []
                """)).isEmpty();
    }
}
