package org.mnr.engine.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Level;
import org.mnr.engine.model.ValueType;

class CriteriaCheckerTest {

    private static final Framework FRAMEWORK = new Framework(
            List.of(new Level(0, "Not in place"), new Level(1, "Building"), new Level(2, "Developing"), new Level(3, "Established"),
                    new Level(4, "Mature")),
            List.of(new Domain("D1", "One", List.of(1, 2))),
            List.of(new Capability(1, "First", "D1", "s"), new Capability(2, "Second", "D1", "s")));

    private static final List<EvidenceKey> BASE_KEYS = List.of(
            key("k.flag", ValueType.BOOLEAN, List.of(), null, null),
            key("k.hours", ValueType.NUMBER, List.of(), BigDecimal.ZERO, new BigDecimal("8760")),
            key("k.mandate", ValueType.ENUM, List.of("none", "informal", "ministerial_decision", "statutory"), null, null),
            key("k.members", ValueType.SET, List.of("government", "industry"), null, null),
            key("k.date", ValueType.DATE, List.of(), null, null));

    private static EvidenceKey key(String name, ValueType type, List<String> values, BigDecimal min, BigDecimal max) {
        return new EvidenceKey(name, 1, type, values, min, max, null, "d", "mnr");
    }

    private static PackCriteria pack(String id, boolean variant, String yaml) {
        CriteriaReader.Result read = CriteriaReader.read(id + ".yaml", yaml.getBytes(StandardCharsets.UTF_8), variant);
        assertThat(read.problems()).isEmpty();
        return new PackCriteria(id, variant, List.of(read.file()));
    }

    private static PackCriteria twoFiles(String first, String second) {
        CriteriaReader.Result one = CriteriaReader.read("mnr.yaml", first.getBytes(StandardCharsets.UTF_8), false);
        CriteriaReader.Result two = CriteriaReader.read("mnr2.yaml", second.getBytes(StandardCharsets.UTF_8), false);
        assertThat(one.problems()).isEmpty();
        assertThat(two.problems()).isEmpty();
        return new PackCriteria("mnr", false, List.of(one.file(), two.file()));
    }

    private static List<String> check(PackCriteria base, PackCriteria... variants) {
        return CriteriaChecker.check(FRAMEWORK, Map.of("mnr", BASE_KEYS), base, List.of(variants), Map.of(), true).stream()
                .map(CriteriaProblem::toString).toList();
    }

    @Test
    void cleanCriteriaHaveNoProblems() {
        assertThat(check(pack("mnr", false, """
                criteria:
                  - {id: C01.L1.a, level: 1, title: A, when: {key: k.flag, equals: true}}
                  - {id: C01.L2.b, level: 2, title: B, when: {key: k.hours, atMost: 72}}
                  - {id: C01.L2.c, level: 2, title: C, when: {key: k.mandate, oneOf: [statutory]}}
                  - {id: C01.L3.d, level: 3, title: D, when: {anyOf: [{key: k.members, includesAll: [industry]}, {capability: 2, levelAtLeast: 4}]}}
                  - {id: C01.L4.e, level: 4, title: E, when: {countAtLeast: 2, of: [{key: k.date, withinYears: 5}, {key: k.hours, atLeast: 0}]}}
                """))).isEmpty();
    }

    @Test
    void eachComparisonIsCheckedAgainstItsKeysTypeValuesAndRange() {
        List<String> problems = check(twoFiles("""
                criteria:
                  - {id: C01.L1.a, level: 1, title: A, when: {key: k.flag, equals: "yes"}}
                  - {id: C01.L1.b, level: 1, title: B, when: {key: k.hours, equals: "twenty"}}
                  - {id: C01.L1.c, level: 1, title: C, when: {key: k.date, atLeast: 2021}}
                  - {id: C01.L1.d, level: 1, title: D, when: {key: k.hours, atMost: -5}}
                  - {id: C01.L1.e, level: 1, title: E, when: {key: k.hours, atLeast: 9000}}
                  - {id: C01.L1.f, level: 1, title: F, when: {key: k.mandate, oneOf: [statutry]}}
                  - {id: C01.L1.g, level: 1, title: G, when: {key: k.mandat, equals: statutory}}
                  - {id: C01.L1.h, level: 1, title: H, when: {key: k.members, includesAll: [goverment]}}
                  - {id: C01.L1.i, level: 1, title: I, when: {capability: 2, levelAtLeast: 5}}
                  - {id: C01.L1.j, level: 1, title: J, when: {countAtLeast: 3, of: [{key: k.flag, equals: true}, {key: k.date, withinYears: 1}]}}
                  - {id: C01.L1.k, level: 1, title: K, when: {capability: 22, levelAtLeast: 2}}
                """, """
                criteria:
                  - {id: C01.L1.a, level: 1, title: A, when: {capability: 1, levelAtLeast: 2}}
                """));

        assertThat(problems).containsExactly(
                "mnr.yaml:2:46: criterion C01.L1.a: k.flag is a yes/no (boolean) key, so equals: 'yes' can never be true; write equals: true"
                        + " or equals: false",
                "mnr.yaml:3:46: criterion C01.L1.b: k.hours is a number key, so equals: 'twenty' can never be true; compare it with atLeast"
                        + " or atMost and a number",
                "mnr.yaml:4:46: criterion C01.L1.c: k.date is a date key, so atLeast can never be true; compare it with withinYears",
                "mnr.yaml:5:46: criterion C01.L1.d: atMost -5 on k.hours can never be true: its values run from 0 to 8760",
                "mnr.yaml:6:46: criterion C01.L1.e: atLeast 9000 on k.hours can never be true: its values run from 0 to 8760",
                "mnr.yaml:7:46: criterion C01.L1.f: 'statutry' is not a value of k.mandate; did you mean 'statutory'?"
                        + " (its values: none, informal, ministerial_decision, statutory)",
                "mnr.yaml:8:46: criterion C01.L1.g: reads evidence key k.mandat, which no vocabulary of its packs defines; did you mean"
                        + " 'k.mandate'?",
                "mnr.yaml:9:46: criterion C01.L1.h: 'goverment' is not a value of k.members; did you mean 'government'? (its values:"
                        + " government, industry)",
                "mnr.yaml:10:46: criterion C01.L1.i: levelAtLeast 5 can never be true: the highest level is 4",
                "mnr.yaml:11:5: criterion C01.L1.j: countAtLeast 3 of 2 conditions can never be true; count at most 2",
                "mnr.yaml:12:46: criterion C01.L1.k: reads the level of capability 22, which the base pack does not define (capabilities 1 to 2)",
                "mnr2.yaml:2:5: criterion C01.L1.a is defined twice in pack mnr, also at mnr.yaml:2:5",
                "mnr2.yaml:2:46: criterion C01.L1.a: reads the level of its own capability, which is decided by this very criterion");
    }

    @Test
    void anEnumComparedByOrderIsRefusedWithTheValuesToList() {
        List<String> problems = check(pack("mnr", false, """
                criteria:
                  - {id: C01.L1.a, level: 1, title: A, when: {key: k.mandate, atLeast: 2}}
                """));

        assertThat(problems).containsExactly("mnr.yaml:2:46: criterion C01.L1.a: k.mandate is an enum key whose values have no order,"
                + " so atLeast cannot compare it; list the values that meet the criterion with oneOf: [none, informal,"
                + " ministerial_decision, statutory]");
    }

    @Test
    void variantsAreCheckedAgainstTheBaseAndEachOther() {
        PackCriteria base = pack("mnr", false, """
                criteria:
                  - {id: C01.L1.a, level: 1, title: A, when: {key: k.flag, equals: true}}
                  - {id: C01.L2.b, level: 2, title: B, when: {key: k.flag, equals: true}}
                """);
        PackCriteria coe = pack("coe", true, """
                adds:
                  - {id: EU.C01.L1.x, level: 1, title: X, when: {key: k.flag, equals: true}}
                replaces:
                  - {id: C01.L1.a, level: 1, title: A2, when: {key: k.flag, equals: false}}
                  - {id: C01.L1.ab, level: 1, title: A3, when: {key: k.flag, equals: false}}
                waives:
                  - {id: C01.L1.a, reason: R}
                """);
        PackCriteria eu = pack("eu", true, """
                waives:
                  - {id: C01.L2.b, reason: R}
                  - {id: C01.L1.a, reason: R}
                """);

        assertThat(check(base, coe, eu)).containsExactly(
                "coe.yaml:2:5: criterion EU.C01.L1.x is added by variant coe, so its id starts with COE., e.g. COE.C01.L1.x",
                "coe.yaml:5:5: replaces criterion C01.L1.ab, which the base pack does not define; did you mean 'C01.L1.a'?",
                "coe.yaml:7:5: variant coe both replaces (at coe.yaml:4:5) and waives C01.L1.a; keep one",
                "eu.yaml:3:5: variants coe and eu both replace or waive criterion C01.L1.a, so they cannot apply to the same country;"
                        + " let one of them change it");
    }
}
