package org.mnr.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Level;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CountryRef;
import org.mnr.engine.result.EngineVersion;
import org.mnr.engine.result.Overall;

class LevelDistributionTest {

    private static final Framework FRAMEWORK = new Framework(List.of(new Level(0, "Not in place"), new Level(1, "Building"),
            new Level(2, "Developing"), new Level(3, "Established"), new Level(4, "Mature")), List.of(), List.of());

    /** A country whose two capabilities are at the given levels. */
    private static Assessment country(String code, String date, int first, int second) {
        List<CapabilityResult> capabilities = List.of(
                new CapabilityResult(1, "Leadership", "D1", first, "", 0, 0, null, List.of()),
                new CapabilityResult(2, "Legislation", "D1", second, "", 0, 0, null, List.of()));
        return new Assessment(new CountryRef(code, "Name of " + code, List.of()), LocalDate.parse(date),
                new EngineVersion("mnr-engine", "1"), List.of(), new Overall(0, 0), List.of(), capabilities, List.of());
    }

    @Test
    void countsEachCountryOnceWithItsLatestAssessment() {
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            assessments.add(country("X" + (char) ('A' + i), "2026-01-31", 2, 0));
        }
        assessments.add(0, country("XA", "2027-01-31", 3, 0));
        assessments.add(country("XB", "2020-01-31", 4, 4));
        LevelDistribution distribution = LevelDistribution.of(assessments, FRAMEWORK, 2);
        assertThat(distribution.countries()).isEqualTo(6);
        assertThat(distribution.capabilities().get(0).cells())
                .containsExactly(Cell.belowMinGroup(), Cell.belowMinGroup(), Cell.shown(5), Cell.belowMinGroup(), Cell.belowMinGroup());
        assertThat(distribution.capabilities().get(1).cells())
                .containsExactly(Cell.shown(6), Cell.belowMinGroup(), Cell.belowMinGroup(), Cell.belowMinGroup(), Cell.belowMinGroup());
        assertThat(distribution.levels()).extracting(Level::name).containsExactly("Not in place", "Building", "Developing",
                "Established", "Mature");
    }

    @Test
    void csvCellsThatWouldStartAFormulaAreNeutralised() {
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Assessment a = country("X" + (char) ('A' + i), "2026-01-31", 2, 0);
            List<CapabilityResult> renamed = a.capabilities().stream().map(c -> new CapabilityResult(c.id(), "=HYPERLINK(\"x\")",
                    "@D1", c.level(), c.levelName(), c.score(), c.coverage(), c.next(), c.criteria())).toList();
            assessments.add(new Assessment(a.country(), a.assessedOn(), a.engine(), a.packs(), a.overall(), a.domains(), renamed,
                    a.warnings()));
        }
        String csv = AggregateReport.csv(LevelDistribution.of(assessments, FRAMEWORK, 2));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains(",'@D1,").doesNotContain(",=").doesNotContain(",@");
    }

    @Test
    void twoAssessmentsOfOneCountryOnOneDateCountTheSameWhateverTheirOrder() {
        List<Assessment> others = new ArrayList<>();
        for (int i = 1; i < 6; i++) {
            others.add(country("X" + (char) ('A' + i), "2026-01-31", 2, 2));
        }
        Assessment higher = country("XA", "2026-06-30", 4, 4);
        Assessment lower = country("XA", "2026-06-30", 1, 1);
        List<Assessment> one = new ArrayList<>(others);
        one.add(0, higher);
        one.add(lower);
        List<Assessment> other = new ArrayList<>(others);
        other.add(0, lower);
        other.add(higher);
        LevelDistribution first = LevelDistribution.of(one, FRAMEWORK, 2);
        assertThat(LevelDistribution.of(other, FRAMEWORK, 2)).isEqualTo(first);
        // Equal coverage and score: the lower levels are counted, so that a tie never overstates a country.
        assertThat(LevelDistribution.latestPerCountry(one)).contains(lower).doesNotContain(higher);
        assertThat(LevelDistribution.latestPerCountry(other)).contains(lower).doesNotContain(higher);
    }

    @Test
    void withholdsARowWhoseSuppressedCountsTheTotalWouldGiveAway() {
        List<Assessment> assessments = new ArrayList<>();
        int[] levels = {0, 1, 1, 2, 3, 4, 4};
        for (int i = 0; i < levels.length; i++) {
            assessments.add(country("X" + (char) ('A' + i), "2026-01-31", levels[i], 0));
        }
        // One country at levels 0, 2 and 3: with 7 countries and the 2 and 2 shown, those would be 1 each.
        LevelDistribution distribution = LevelDistribution.of(assessments, FRAMEWORK, 2);
        assertThat(distribution.capabilities().get(0).cells()).containsOnly(Cell.withheld());
        assertThat(distribution.hasWithheldRows()).isTrue();
        assertThat(AggregateReport.csv(distribution)).contains("\r\n1,Leadership,D1,withheld,withheld,withheld,withheld,withheld,7\r\n");
        assertThat(AggregateReport.notes(distribution)).anySatisfy(n -> assertThat(n).contains("withheld whole"));
    }

    @Test
    void refusesCountsThatNoWithholdingProtects() {
        List<Assessment> assessments = new ArrayList<>();
        for (int level = 0; level <= 4; level++) {
            assessments.add(country("X" + (char) ('A' + level), "2026-01-31", level, 0));
        }
        assertThatThrownBy(() -> LevelDistribution.of(assessments, FRAMEWORK, 2))
                .isInstanceOf(UnsafeAggregateException.class)
                .hasMessageContaining("capability 1 (Leadership)").hasMessageContaining("each of its levels holds 1");
    }

    @Test
    void aMinimumGroupOfOneIsRefused() {
        assertThatThrownBy(() -> LevelDistribution.of(List.of(country("XA", "2026-01-31", 1, 1)), FRAMEWORK, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsNameNoCountry() {
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            assessments.add(country("X" + (char) ('A' + i), "2026-01-31", i % 2, 1));
        }
        LevelDistribution distribution = LevelDistribution.of(assessments, FRAMEWORK, 3);
        for (String report : List.of(AggregateReport.markdown(distribution), AggregateReport.csv(distribution),
                AggregateReport.json(distribution))) {
            for (Assessment a : assessments) {
                assertThat(report).doesNotContainPattern("\\b" + a.country().code() + "\\b").doesNotContain(a.country().name());
            }
        }
        // 4 countries at level 0 and 3 at level 1 are both shown with a minimum group of 3.
        assertThat(AggregateReport.csv(distribution)).contains("\r\n1,Leadership,D1,4,3,<3,<3,<3,7\r\n")
                .contains("\r\n2,Legislation,D1,<3,7,<3,<3,<3,7\r\n");
    }
}
