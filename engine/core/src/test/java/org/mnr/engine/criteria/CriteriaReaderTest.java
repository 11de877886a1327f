package org.mnr.engine.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.model.Condition;

class CriteriaReaderTest {

    private static CriteriaReader.Result base(String yaml) {
        return CriteriaReader.read("c01.yaml", yaml.getBytes(StandardCharsets.UTF_8), false);
    }

    private static CriteriaReader.Result variant(String yaml) {
        return CriteriaReader.read("coe.yaml", yaml.getBytes(StandardCharsets.UTF_8), true);
    }

    private static List<String> messages(CriteriaReader.Result result) {
        return result.problems().stream().map(CriteriaProblem::toString).toList();
    }

    @Test
    void readsEveryFormIntoItsRecord() {
        CriteriaReader.Result result = base("""
                capability: 1
                criteria:
                  - id: C01.L1.a
                    level: 1
                    weight: 2
                    title: A
                    rationale: Why
                    source: Where
                    when: {key: k.flag, equals: true}
                  - id: C01.L2.b
                    level: 2
                    title: B
                    when:
                      anyOf:
                        - {key: k.enum, oneOf: [x, y]}
                        - {capability: 2, levelAtLeast: 3}
                  - id: C01.L3.c
                    level: 3
                    title: C
                    when:
                      countAtLeast: 2
                      of:
                        - {key: k.number, atLeast: 7.5}
                        - {key: k.other, atMost: 10}
                        - {key: k.set, includesAll: [p, q]}
                        - {key: k.date, withinYears: 5}
                        - {key: k.enum, equals: x}
                """);

        assertThat(result.problems()).isEmpty();
        List<CriterionDefinition> criteria = result.file().criteria();
        assertThat(criteria).extracting(CriterionDefinition::id).containsExactly("C01.L1.a", "C01.L2.b", "C01.L3.c");
        CriterionDefinition first = criteria.get(0);
        assertThat(first.capability()).isEqualTo(1);
        assertThat(first.weight()).isEqualTo(2);
        assertThat(first.rationale()).isEqualTo("Why");
        assertThat(first.source()).isEqualTo("Where");
        assertThat(first.when()).isEqualTo(new Condition.Equals("k.flag", true));
        assertThat(criteria.get(1).weight()).as("weight defaults to 1").isEqualTo(1);
        assertThat(criteria.get(1).when()).isEqualTo(new Condition.AnyOf(List.of(
                new Condition.OneOf("k.enum", List.of("x", "y")), new Condition.LevelAtLeast(2, 3))));
        assertThat(criteria.get(1).reads()).containsExactly("k.enum");
        assertThat(criteria.get(1).dependsOn()).containsExactly(2);
        assertThat(criteria.get(2).when()).isEqualTo(new Condition.CountAtLeast(2, List.of(
                new Condition.AtLeast("k.number", new BigDecimal("7.5")),
                new Condition.AtMost("k.other", new BigDecimal("10")),
                new Condition.IncludesAll("k.set", List.of("p", "q")),
                new Condition.WithinYears("k.date", 5),
                new Condition.Equals("k.enum", "x"))));
        assertThat(criteria.get(2).reads()).containsExactly("k.date", "k.enum", "k.number", "k.other", "k.set");
        assertThat(criteria.get(2).leafPlaces()).extracting(Where::line).containsExactly(23, 24, 25, 26, 27);
    }

    @Test
    void capabilityComesFromTheIdWhenNotWritten() {
        CriteriaReader.Result result = variant("""
                adds:
                  - {id: COE.C03.L2.lanzarote, level: 2, title: T, when: {key: coe.x, equals: true}}
                replaces:
                  - {id: C08.L3.centres, level: 3, title: T, when: {key: coe.y, atLeast: 50}}
                waives:
                  - {id: C04.L2.data-retention, reason: Case law}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.file().adds().get(0).capability()).isEqualTo(3);
        assertThat(result.file().replaces().get(0).capability()).isEqualTo(8);
        assertThat(result.file().waives()).extracting(WaiverDefinition::id, WaiverDefinition::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C04.L2.data-retention", "Case law"));
    }

    @Test
    void everyProblemIsPlacedAtLineAndColumnInTheAuthorsTerms() {
        CriteriaReader.Result result = base("""
                criteria:
                  - id: C01.L1.a
                    level: 2
                    titel: A
                    when: {key: k.flag, equal: true}
                  - id: C01.L1.b
                    level: 1
                    title: B.
                    when: {key: k.number, atLeast: "twenty"}
                  - id: C01.L1.c
                    level: 1
                    title: C
                    when: {anyOf: [{anyOf: [{key: a, equals: true}]}]}
                """);

        assertThat(messages(result)).containsExactly(
                "c01.yaml:2:5: title is missing",
                "c01.yaml:3:12: level 2 disagrees with id C01.L1.a, which names level 1",
                "c01.yaml:4:5: unknown field 'titel' in a criterion; did you mean 'title'?",
                "c01.yaml:5:25: unknown field 'equal' in a condition; did you mean 'equals'?",
                "c01.yaml:8:12: the title ends with a period; titles are statements without one",
                "c01.yaml:9:36: atLeast compares with a number, written without quotes, e.g. atLeast: 50",
                "c01.yaml:13:20: anyOf holds comparisons of one key or a capability's level only; anyOf and countAtLeast cannot be nested");
        assertThat(result.file().criteria()).isEmpty();
        assertThat(String.join("\n", messages(result))).doesNotContain("Jackson", "org.", "Exception", "SnakeYAML");
    }

    @Test
    void aSyntaxErrorIsPlacedWithoutTheParsersWording() {
        CriteriaReader.Result result = base("""
                criteria:
                  - id: C01.L1.a
                    title: "unclosed
                    level: 1
                  - : [
                """);

        assertThat(result.problems()).hasSize(1);
        CriteriaProblem problem = result.problems().get(0);
        assertThat(problem.where().line()).isGreaterThan(0);
        assertThat(problem.message()).startsWith("this is not valid YAML").doesNotContain("found", "scanning", "org.");
    }

    @Test
    void formsThatAreNotTheModelsAreRefusedWithTheFix() {
        CriteriaReader.Result result = base("""
                capability: 1
                criteria:
                  - id: C01.L1.a
                    level: 1
                    title: A
                    when: {key: k.n, atLeast: 1, atMost: 3}
                  - id: C01.L1.b
                    level: 1
                    title: B
                    when: {key: k.n, equals: 3}
                  - id: C01.L1.c
                    level: 1
                    title: C
                    when: {countAtLeast: 2}
                  - id: C01.L1.a
                    level: 1
                    title: D
                    when: {capability: 2}
                adds: []
                """);

        assertThat(messages(result)).containsExactly(
                "c01.yaml:6:11: the condition on k.n has atLeast and atMost; a condition compares in one way only, so split it into"
                        + " leaves of anyOf or countAtLeast",
                "c01.yaml:10:30: equals compares with true, false or one of the key's values; to compare a number use atLeast or atMost",
                "c01.yaml:14:11: countAtLeast needs 'of', the list of conditions to count: write {countAtLeast: 2, of: [...]}",
                "c01.yaml:18:11: a capability's level is read with both fields: {capability: 2, levelAtLeast: 2}",
                "c01.yaml:19:1: unknown field 'adds' in a base pack's criteria file; adds is for variants, a base pack lists its"
                        + " criteria under criteria");
    }
}
