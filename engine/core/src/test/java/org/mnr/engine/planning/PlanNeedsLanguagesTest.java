package org.mnr.engine.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mnr.engine.internal.planning.ConditionNeeds;
import org.mnr.engine.model.Condition;
import org.mnr.engine.result.ResultJson;

/** A plan's requirements said in French and Spanish, with English and the JSON as they always were. */
class PlanNeedsLanguagesTest {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 9, 30);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Need need(Condition condition) {
        return need(condition, Map.of());
    }

    private static Need need(Condition condition, Map<String, Object> current) {
        List<Need> needs = ConditionNeeds.needs(condition, ASSESSED, current);
        assertThat(needs).hasSize(1);
        return needs.get(0);
    }

    private static Properties texts(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanNeedsLanguagesTest.class.getResourceAsStream("/org/mnr/engine/planning/needs" + suffix + ".properties")) {
            assertThat(in).as("needs%s.properties", suffix).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyRequirementTextIsTranslatedWithTheSamePlaceholders() throws IOException {
        Properties english = texts("");
        assertThat(english).isNotEmpty();
        for (String language : List.of("_fr", "_es")) {
            Properties translated = texts(language);
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void atLeastAndAtMost() {
        Need atLeast = need(new Condition.AtLeast("lawenforcement.trained_units_pct", new BigDecimal("75")));
        assertThat(atLeast.requirement()).isEqualTo("at least 75");
        assertThat(atLeast.requirement(Locale.FRENCH)).isEqualTo("au moins 75");
        assertThat(atLeast.requirement(SPANISH)).isEqualTo("al menos 75");

        Need atMost = need(new Condition.AtMost("hotline.median_takedown_hours", new BigDecimal("24.5")));
        assertThat(atMost.requirement()).isEqualTo("at most 24.5");
        assertThat(atMost.requirement(Locale.FRENCH)).isEqualTo("au plus 24.5");
        assertThat(atMost.requirement(SPANISH)).isEqualTo("como máximo 24.5");
    }

    @Test
    void withinYearsKeepsItsDatesAsEvidenceWritesThem() {
        Need within = need(new Condition.WithinYears("education.evaluation_date", 5));
        assertThat(within.requirement()).isEqualTo("dated from 2021-09-30 to 2026-09-30 (within 5 years)");
        assertThat(within.requirement(Locale.FRENCH)).isEqualTo("daté du 2021-09-30 au 2026-09-30 (dans les 5 dernières années)");
        assertThat(within.requirement(SPANISH)).isEqualTo("con fecha del 2021-09-30 al 2026-09-30 (en los últimos 5 años)");
        assertThat(within.value()).isEqualTo("2026-09-30");
    }

    @Test
    void includesNamesTheMembersUntranslated() {
        Need includes = need(new Condition.IncludesAll("helpline.channels", List.of("voice", "chat")), Map.of("helpline.channels", List.of("email")));
        assertThat(includes.requirement()).isEqualTo("includes voice, chat");
        assertThat(includes.requirement(Locale.FRENCH)).isEqualTo("inclut voice, chat");
        assertThat(includes.requirement(SPANISH)).isEqualTo("incluye voice, chat");
        assertThat(includes.value()).isEqualTo(List.of("email", "voice", "chat"));
    }

    @Test
    void oneOfAndASingleValue() {
        Need oneOf = need(new Condition.OneOf("helpline.number_type", List.of("national_short_code", "harmonised_116111")));
        assertThat(oneOf.requirement()).isEqualTo("one of national_short_code, harmonised_116111");
        assertThat(oneOf.requirement(Locale.FRENCH)).isEqualTo("l'une des valeurs national_short_code, harmonised_116111");
        assertThat(oneOf.requirement(SPANISH)).isEqualTo("uno de los valores national_short_code, harmonised_116111");

        Need single = need(new Condition.OneOf("treaties.opic.status", List.of("party")));
        assertThat(single.requirement()).isEqualTo("party");
        assertThat(single.requirement(Locale.FRENCH)).isEqualTo("party");
        assertThat(single.requirement(SPANISH)).isEqualTo("party");
    }

    @Test
    void aFlagKeepsTrueAndFalseAsTheEvidenceFileMustHoldThem() {
        Need flag = need(new Condition.Equals("support.child_feedback", Boolean.TRUE));
        assertThat(flag.requirement()).isEqualTo("true");
        assertThat(flag.requirement(Locale.FRENCH)).isEqualTo("true");
        assertThat(flag.requirement(SPANISH)).isEqualTo("true");
        assertThat(flag.value()).isEqualTo(Boolean.TRUE);

        Need no = need(new Condition.Equals("a.flag", Boolean.FALSE));
        assertThat(no.requirement(Locale.FRENCH)).isEqualTo("false");
    }

    @Test
    void notGivenIsSaidInEachLanguage() {
        Need notGiven = ConditionNeeds.notGiven("a.key");
        assertThat(notGiven.requirement()).isEqualTo("not given: collect evidence of it");
        assertThat(notGiven.requirement(Locale.FRENCH)).isEqualTo("non renseignée : en recueillir la preuve");
        assertThat(notGiven.requirement(SPANISH)).isEqualTo("no indicada: reúna evidencias de ella");
        assertThat(notGiven.value()).isNull();
    }

    @Test
    void anyOtherLanguageAndTheSystemDefaultGetEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            Need atLeast = need(new Condition.AtLeast("k", new BigDecimal("2")));
            assertThat(atLeast.requirement(Locale.GERMAN)).isEqualTo("at least 2");
            assertThat(atLeast.requirement(null)).isEqualTo("at least 2");
            assertThat(atLeast.requirement(Locale.ENGLISH)).isEqualTo("at least 2");
            assertThat(atLeast.requirement(Locale.CANADA_FRENCH)).isEqualTo("au moins 2");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aNeedMadeFromEnglishWordsSaysThemAsGiven() {
        Need given = new Need("k", "something only in English", 1);
        assertThat(given.wording()).isNull();
        assertThat(given.requirement(Locale.FRENCH)).isEqualTo("something only in English");
    }

    @Test
    void theJsonCarriesNoWording() {
        Need atLeast = need(new Condition.AtLeast("research.prevalence_survey.rounds", new BigDecimal("2")));
        assertThat(ResultJson.write(atLeast)).doesNotContain("wording").contains("\"requirement\": \"at least 2\"");
        assertThat(ResultJson.write(atLeast)).isEqualTo(ResultJson.write(new Need(atLeast.key(), atLeast.requirement(), atLeast.value())));
    }
}
