package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

class StatusTest {

    private static CriterionResult criterion(Assessment assessment, String id) {
        return assessment.criterion(id).orElseThrow();
    }

    private static List<String> citedKeys(CriterionResult result) {
        return result.evidence().stream().map(CitedEvidence::key).toList();
    }

    @Test
    void missingKeyMakesACriterionUnknownAndNamesTheKey() {
        Assessment result = MiniPack.engine().assess(MiniPack.country().build());
        CriterionResult flag = criterion(result, "C01.L1.flag");
        assertThat(flag.status()).isEqualTo(Status.UNKNOWN);
        assertThat(flag.missing()).containsExactly("a.flag");
        assertThat(flag.evidence()).isEmpty();
    }

    @Test
    void givenButFalseConditionIsUnmetAndCitesTheEvidence() {
        Assessment result = MiniPack.engine().assess(MiniPack.country().item("a.flag", false, "Decree 1").build());
        CriterionResult flag = criterion(result, "C01.L1.flag");
        assertThat(flag.status()).isEqualTo(Status.UNMET);
        assertThat(flag.missing()).isEmpty();
        assertThat(flag.evidence()).containsExactly(new CitedEvidence("a.flag", false, "Decree 1", null));
    }

    @Test
    void trueConditionIsMetAndCitesTheMatchedEvidence() {
        Assessment result = MiniPack.engine().assess(MiniPack.country().add("a.flag", true).add("a.kind", "y").build());
        assertThat(criterion(result, "C01.L1.flag").status()).isEqualTo(Status.MET);
        assertThat(criterion(result, "C01.L1.kind").status()).isEqualTo(Status.MET);
        assertThat(citedKeys(criterion(result, "C01.L1.kind"))).containsExactly("a.kind");
        assertThat(result.capability(1).orElseThrow().level()).isEqualTo(1);
    }

    @Test
    void enumOutsideOneOfIsUnmet() {
        Assessment result = MiniPack.engine().assess(MiniPack.country().add("a.kind", "z").build());
        assertThat(criterion(result, "C01.L1.kind").status()).isEqualTo(Status.UNMET);
    }

    @Test
    void numberAtLeastIsInclusive() {
        assertThat(criterion(MiniPack.engine().assess(MiniPack.country().add("a.count", 10).build()), "C01.L2.count").status())
                .isEqualTo(Status.MET);
        assertThat(criterion(MiniPack.engine().assess(MiniPack.country().add("a.count", new java.math.BigDecimal("9.99")).build()),
                "C01.L2.count").status()).isEqualTo(Status.UNMET);
    }

    @Test
    void includesAllNeedsEveryMember() {
        assertThat(criterion(MiniPack.engine().assess(MiniPack.country().add("a.set", List.of("q", "p", "r")).build()), "C01.L4.set")
                .status()).isEqualTo(Status.MET);
        assertThat(criterion(MiniPack.engine().assess(MiniPack.country().add("a.set", List.of("p", "r")).build()), "C01.L4.set")
                .status()).isEqualTo(Status.UNMET);
        assertThat(criterion(MiniPack.engine().assess(MiniPack.country().add("a.set", List.of()).build()), "C01.L4.set")
                .status()).isEqualTo(Status.UNMET);
    }

    @Test
    void anyOfIsMetByOneBranchAndCitesOnlyTheTrueOne() {
        CriterionResult any = criterion(MiniPack.engine().assess(MiniPack.country().add("b.one", false).add("b.two", true).build()),
                "C02.L1.any");
        assertThat(any.status()).isEqualTo(Status.MET);
        assertThat(citedKeys(any)).containsExactly("b.two");
    }

    @Test
    void anyOfWithBothBranchesTrueCitesBoth() {
        CriterionResult any = criterion(MiniPack.engine().assess(MiniPack.country().add("b.one", true).add("b.two", true).build()),
                "C02.L1.any");
        assertThat(any.status()).isEqualTo(Status.MET);
        assertThat(citedKeys(any)).containsExactly("b.one", "b.two");
    }

    @Test
    void anyOfWithOneFalseAndOneMissingIsUnknown() {
        CriterionResult any = criterion(MiniPack.engine().assess(MiniPack.country().add("b.one", false).build()), "C02.L1.any");
        assertThat(any.status()).isEqualTo(Status.UNKNOWN);
        assertThat(any.missing()).containsExactly("b.two");
        assertThat(citedKeys(any)).containsExactly("b.one");
    }

    @Test
    void anyOfWithAllFalseIsUnmet() {
        assertThat(criterion(MiniPack.engine().assess(MiniPack.country().add("b.one", false).add("b.two", false).build()),
                "C02.L1.any").status()).isEqualTo(Status.UNMET);
    }

    @Test
    void countAtLeastIsMetByExactlyEnoughLeavesAndCitesThem() {
        CriterionResult count = criterion(MiniPack.engine().assess(MiniPack.country()
                .add("b.one", true).add("b.two", false).add("b.three", "high").build()), "C02.L2.count");
        assertThat(count.status()).isEqualTo(Status.MET);
        assertThat(citedKeys(count)).containsExactly("b.one", "b.three");
    }

    @Test
    void countAtLeastShortOfTheCountWithEverythingGivenIsUnmet() {
        assertThat(criterion(MiniPack.engine().assess(MiniPack.country()
                .add("b.one", true).add("b.two", false).add("b.three", "low").build()), "C02.L2.count").status())
                .isEqualTo(Status.UNMET);
    }

    @Test
    void countAtLeastShortOfTheCountWithAKeyMissingIsUnknown() {
        CriterionResult count = criterion(MiniPack.engine().assess(MiniPack.country().add("b.one", true).add("b.two", false).build()),
                "C02.L2.count");
        assertThat(count.status()).isEqualTo(Status.UNKNOWN);
        assertThat(count.missing()).containsExactly("b.three");
    }

    @Test
    void nullValueCountsAsNoEvidence() {
        CriterionResult flag = criterion(MiniPack.engine().assess(MiniPack.country().item("a.flag", null, null).build()), "C01.L1.flag");
        assertThat(flag.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void withinYearsIncludesTheDayExactlyThatManyYearsBefore() {
        assertThat(dateStatus(MiniPack.ON, "2021-06-30")).isEqualTo(Status.MET);
        assertThat(dateStatus(MiniPack.ON, "2021-06-29")).isEqualTo(Status.UNMET);
        assertThat(dateStatus(MiniPack.ON, "2026-06-30")).isEqualTo(Status.MET);
        // A day after the assessment is no longer unmet but invalid input (docs/model.md, model 1.1).
        assertThatThrownBy(() -> dateStatus(MiniPack.ON, "2026-07-01")).isInstanceOf(InvalidEvidenceException.class)
                .satisfies(e -> assertThat(((InvalidEvidenceException) e).problems()).extracting(Problem::code)
                        .containsExactly(ProblemCode.EVIDENCE_DATE_AFTER_ASSESSMENT));
    }

    @Test
    void withinYearsFromTwentyNinthFebruaryStartsOnTwentyEighth() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        // LocalDate.minusYears(5) of 2024-02-29 is 2019-02-28.
        assertThat(dateStatus(leapDay, "2019-02-28")).isEqualTo(Status.MET);
        assertThat(dateStatus(leapDay, "2019-02-27")).isEqualTo(Status.UNMET);
    }

    @Test
    void withinYearsOfALeapDayEvidenceDate() {
        // Assessed on 2029-02-28: the window starts on 2024-02-28, so 2024-02-29 is inside it.
        assertThat(dateStatus(LocalDate.of(2029, 2, 28), "2024-02-29")).isEqualTo(Status.MET);
        assertThat(dateStatus(LocalDate.of(2029, 2, 28), "2024-02-27")).isEqualTo(Status.UNMET);
    }

    private static Status dateStatus(LocalDate on, String date) {
        return criterion(MiniPack.engine().assess(MiniPack.country(on).add("a.date", date).build()), "C01.L3.date").status();
    }
}
