package org.mnr.engine.internal.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.mnr.engine.criteria.CriteriaReader;
import org.mnr.engine.spi.CapabilityLevel;
import org.mnr.engine.spi.Fact;
import org.mnr.engine.spi.Outcomes;

class CriteriaRulesTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    private static final String CRITERIA = """
            capability: 1
            criteria:
              - {id: C01.L1.flag, level: 1, title: F, when: {key: k.flag, equals: true}}
              - {id: C01.L1.enum, level: 1, title: E, when: {key: k.enum, oneOf: [b, c]}}
              - {id: C01.L1.enum-equals, level: 1, title: E, when: {key: k.enum, equals: a}}
              - {id: C01.L1.least, level: 1, title: N, when: {key: k.number, atLeast: 18}}
              - {id: C01.L1.most, level: 1, title: N, when: {key: k.number, atMost: 17.5}}
              - {id: C01.L1.set, level: 1, title: S, when: {key: k.set, includesAll: [x, y]}}
              - {id: C01.L1.recent, level: 1, title: D, when: {key: k.date, withinYears: 2}}
              - {id: C01.L1.any, level: 1, title: A, when: {anyOf: [{key: k.flag, equals: false}, {capability: 2, levelAtLeast: 2}]}}
              - id: C01.L1.two-of-three
                level: 1
                title: C
                when: {countAtLeast: 2, of: [{key: k.flag, equals: true}, {key: k.number, atLeast: 18}, {capability: 2, levelAtLeast: 3}]}
              - id: C01.L1.same-key-twice
                level: 1
                title: C
                when: {countAtLeast: 2, of: [{key: k.number, atLeast: 10}, {key: k.number, atLeast: 18}]}
            """;

    private static Map<String, Set<Object>> fire(List<Object> facts) {
        CriteriaReader.Result read = CriteriaReader.read("c01.yaml", CRITERIA.getBytes(StandardCharsets.UTF_8), false);
        assertThat(read.problems()).isEmpty();
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(List.of(CriteriaRules.compile("test.criteria", read.file().criteria())));
        KieSession session = kieBase.newKieSession();
        try {
            Outcomes outcomes = new Outcomes();
            session.setGlobal(CriteriaRules.OUTCOMES, outcomes);
            facts.forEach(session::insert);
            session.fireAllRules();
            Map<String, Set<Object>> met = new TreeMap<>();
            outcomes.met().forEach((rule, cited) -> met.put(rule.substring(rule.indexOf('/') + 1), cited));
            return met;
        } finally {
            session.dispose();
        }
    }

    @Test
    void eachFormIsMetExactlyWhenTheModelSaysAndCitesWhatMadeItTrue() {
        Fact flag = Fact.ofFlag("k.flag", true, ON);
        Fact number = Fact.ofNumber("k.number", new BigDecimal("18"), ON);
        Fact text = Fact.ofText("k.enum", "c", ON);
        Fact set = Fact.ofMembers("k.set", Set.of("x", "y", "z"), ON);
        Fact date = Fact.ofDate("k.date", ON.minusYears(2), ON);

        Map<String, Set<Object>> met = fire(List.of(flag, number, text, set, date));

        assertThat(met.keySet()).containsExactly("C01.L1.enum", "C01.L1.flag", "C01.L1.least", "C01.L1.recent", "C01.L1.same-key-twice",
                "C01.L1.set", "C01.L1.two-of-three");
        assertThat(met.get("C01.L1.flag")).containsExactly(flag);
        assertThat(met.get("C01.L1.two-of-three")).containsExactlyInAnyOrder(flag, number);
        assertThat(met).as("countAtLeast counts leaves, so one number of 18 makes both of its leaves true")
                .containsKey("C01.L1.same-key-twice");
    }

    @Test
    void boundariesAndCapabilityLevelsDecideAsWritten() {
        Fact flag = Fact.ofFlag("k.flag", false, ON);
        Fact number = Fact.ofNumber("k.number", new BigDecimal("17.5"), ON);
        Fact text = Fact.ofText("k.enum", "a", ON);
        Fact set = Fact.ofMembers("k.set", Set.of("x"), ON);
        Fact date = Fact.ofDate("k.date", ON.minusYears(2).minusDays(1), ON);
        CapabilityLevel level = new CapabilityLevel(2, 3);

        Map<String, Set<Object>> met = fire(List.of(flag, number, text, set, date, level));

        assertThat(met.keySet()).as("17.5 is at most 17.5 but not at least 18, so it makes one leaf of two true")
                .containsExactly("C01.L1.any", "C01.L1.enum-equals", "C01.L1.most");
    }
}
