package org.mnr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Instrument;
import org.mnr.engine.model.ValueType;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.result.Assessment;
import org.mnr.testkit.PackHarness;

/**
 * The base pack's French and Spanish texts (#14), its instruments with their dates as data, and the keys 2.0.0
 * retired (#17): old evidence still validates, with a warning naming the replacement, and is not scored.
 */
class BasePackTextsAndInstrumentsTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackRules base() {
        return PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("mnr")).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyTextOfThePackIsTranslatedSoNothingFallsBackToEnglish(String language) {
        PackTexts texts = PACKS.engine().texts(language);
        assertThat(texts.language()).isEqualTo(language);
        assertThat(texts.fallbacks()).as("texts of %s that fall back to English", language).isEmpty();
        for (Criterion criterion : base().criteria()) {
            assertThat(texts.criterionTitle(criterion.id())).as("%s title of %s", language, criterion.id())
                    .isNotBlank().isNotEqualTo(criterion.title()).doesNotEndWith(".");
        }
        for (int level = 0; level <= 4; level++) {
            assertThat(texts.levelName(level)).isNotBlank();
        }
    }

    @Test
    void theTranslationsNameTheLevelsAsAgreed() {
        assertThat(PACKS.engine().texts("fr").levelName(0)).isEqualTo("Inexistant");
        assertThat(PACKS.engine().texts("fr").capabilityName(17)).isEqualTo("Signalement de l'EASE");
        assertThat(PACKS.engine().texts("es").levelName(4)).isEqualTo("Maduro");
        assertThat(PACKS.engine().texts("es").domainName("D2")).isEqualTo("Justicia penal");
    }

    @Test
    void theSixTreatyKeysPointAtTheInstrumentsTheirCriteriaCite() {
        Map<String, Instrument> instruments = base().pack().instruments().stream()
                .collect(Collectors.toMap(Instrument::id, i -> i));
        assertThat(instruments.keySet()).containsExactlyInAnyOrder("opsc", "opic", "lanzarote", "budapest", "malabo", "un-cybercrime");
        assertThat(instruments.values()).allSatisfy(i -> {
            assertThat(i.asOf()).as("as of of %s", i.id()).isNotNull();
            assertThat(i.source()).as("source of %s", i.id()).isNotBlank();
        });
        // The facts issue #17 gives: the Malabo Convention in force on 8 June 2023; the UN convention adopted on
        // 24 December 2024, its entry into force not confirmed, so not given.
        assertThat(instruments.get("malabo").inForce()).isEqualTo(LocalDate.of(2023, 6, 8));
        assertThat(instruments.get("un-cybercrime").adopted()).isEqualTo(LocalDate.of(2024, 12, 24));
        assertThat(instruments.get("un-cybercrime").inForce()).isNull();
        Map<String, String> keyInstrument = base().pack().vocabulary().stream().filter(k -> k.instrument() != null)
                .collect(Collectors.toMap(EvidenceKey::key, EvidenceKey::instrument));
        assertThat(keyInstrument).containsOnly(
                Map.entry("treaties.opsc.status", "opsc"), Map.entry("treaties.opic.status", "opic"),
                Map.entry("treaties.lanzarote.status", "lanzarote"), Map.entry("treaties.budapest.status", "budapest"),
                Map.entry("treaties.malabo.status", "malabo"), Map.entry("treaties.un_cybercrime.status", "un-cybercrime"));
    }

    @Test
    void everyTreatyKeyIsAStatusEnumThatCanSayNotAParty() {
        // Lead decision (round 2): party status is recorded per instrument as not_party, signatory or party, so a
        // state that is not a party can be recorded and the criterion reading it is unmet rather than unknown.
        assertThat(base().pack().vocabulary()).filteredOn(k -> k.instrument() != null).hasSize(6).allSatisfy(k -> {
            assertThat(k.key()).as("key").endsWith(".status");
            assertThat(k.type()).as("type of %s", k.key()).isEqualTo(ValueType.ENUM);
            assertThat(k.values()).as("values of %s", k.key()).containsExactly("not_party", "signatory", "party");
            assertThat(k.description()).as("description of %s", k.key()).contains("depositary", "entry into force");
        });
    }

    @Test
    void theFiveRetiredKeysSayWhyAndNameTheirReplacementWhereThereIsOne() {
        Map<String, EvidenceKey> retired = base().pack().vocabulary().stream().filter(EvidenceKey::retired)
                .collect(Collectors.toMap(EvidenceKey::key, k -> k));
        assertThat(retired.keySet()).containsExactlyInAnyOrder("legislation.opsc_ratified", "legislation.regional_instrument_party",
                "remedies.opic_ratified", "reporting.legal_duty", "lawenforcement.victims_identified_last_year");
        assertThat(retired.values()).allSatisfy(k -> assertThat(k.retiredSince()).isEqualTo("2.0.0"));
        assertThat(retired.get("legislation.opsc_ratified").replacedBy()).isEqualTo("treaties.opsc.status");
        assertThat(retired.get("remedies.opic_ratified").replacedBy()).isEqualTo("treaties.opic.status");
        assertThat(retired.get("reporting.legal_duty").replacedBy()).isNull();
        assertThat(base().criteria()).allSatisfy(c -> assertThat(c.reads()).as("keys %s reads", c.id())
                .doesNotContainAnyElementsOf(retired.keySet()));
    }

    @Test
    void oldEvidenceGivingARetiredKeyIsScoredWithoutItAndWarnedAbout() {
        Assessment assessment = Fixtures.own(17, 2).without("reporting.safe_harbour")
                .with("reporting.legal_duty", "duty_to_report")
                .applyTo(PACKS.country("XA"))
                .expectUnknown("C17.L2.safe-harbour")
                .expectLevel(17, 1)
                .verify();
        List<String> warnings = assessment.warnings();
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("reporting.legal_duty").contains("2.0.0"));
    }
}
