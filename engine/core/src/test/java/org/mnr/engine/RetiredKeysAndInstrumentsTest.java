package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Instrument;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.Status;

/**
 * Retired keys with a reason and a live replacement, and instruments as data (format v2 §2 and §3, issue 17): a retired key in
 * evidence is a warning and is not scored; a pack whose replacement or instrument does not exist does not load.
 */
class RetiredKeysAndInstrumentsTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    private static final String DESCRIPTOR = """
            id: tiny
            name: Tiny data pack
            version: 2.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            instruments: instruments.yaml
            criteria: [one.yaml]
            levels:
              - {level: 0, name: Not in place}
              - {level: 1, name: Building}
              - {level: 2, name: Developing}
              - {level: 3, name: Established}
              - {level: 4, name: Mature}
            domains:
              - {id: D1, name: First, capabilities: [1]}
            capabilities:
              - {id: 1, name: One, domain: D1, summary: "Data criteria."}
            """;

    private static final String VOCABULARY = """
            - {key: t.duty, capability: 1, type: enum, values: [none, report], description: "The old duty.",
               retired: {since: 2.0.0, replacedBy: t.harbour, reason: "The capability is now about the safe harbour."}}
            - {key: t.harbour, capability: 1, type: boolean, description: "A safe harbour.", instrument: plan-2021-2025}
            """;

    private static final String INSTRUMENTS = """
            - id: plan-2021-2025
              name: "Regional Plan of Action"
              kind: plan
              period: {from: 2021, to: 2025}
              adopted: 2021-10-01
              asOf: 2026-11-30
              source: "The plan's text"
            """;

    private static final String CRITERIA = """
            criteria:
              - {id: C01.L1.harbour, level: 1, title: A safe harbour, source: "MNR (2016)", when: {key: t.harbour, equals: true}}
            """;

    @TempDir
    Path dir;

    private Path pack;

    @BeforeEach
    void writePack() throws IOException {
        pack = dir.resolve("tiny");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.yaml"), DESCRIPTOR);
        Files.writeString(pack.resolve("vocabulary.yaml"), VOCABULARY);
        Files.writeString(pack.resolve("instruments.yaml"), INSTRUMENTS);
        Files.writeString(pack.resolve("one.yaml"), CRITERIA);
    }

    private MaturityEngine engine() {
        return MaturityEngine.builder().withoutClassPathPacks().packFolder(pack).build();
    }

    @Test
    void theRetiredKeyWarningIsSaidInFrenchAndSpanishWithTheKeysAndThePacksReasonAsWritten() {
        Problem warning = engine().validate(Evidence.builder("XA", ON).add("t.duty", "report").build(), Variants.fromMemberships()).get(0);
        String english = warning.toString();
        // The file and the place in it are the same in every language; only the separator after the place follows French spacing.
        String where = english.substring(0, english.indexOf("warning: "));
        String place = english.substring(english.indexOf("warning: ") + "warning: ".length(), english.indexOf("key t.duty"));
        String placeFr = place.isEmpty() ? "" : place.substring(0, place.length() - 2) + " : ";

        assertThat(warning.toString(Locale.FRENCH)).isEqualTo(where + "avertissement : " + placeFr + "la clé t.duty est retirée depuis la version 2.0.0"
                + " du référentiel tiny (The capability is now about the safe harbour.) ; ignorée ; donnez t.harbour à la place");
        assertThat(warning.toString(Locale.forLanguageTag("es-MX"))).isEqualTo(where + "advertencia: " + place + "la clave t.duty está retirada desde"
                + " la versión 2.0.0 del paquete tiny (The capability is now about the safe harbour.); se ignora; dé t.harbour en su lugar");
        assertThat(warning.toString(Locale.GERMAN)).as("a language without a translation gets English").isEqualTo(english);
    }

    @Test
    void evidenceGivingARetiredKeyValidatesWithAWarningNamingVersionReasonAndReplacementAndIsNotScored() {
        MaturityEngine engine = engine();
        Evidence old = Evidence.builder("XA", ON).add("t.duty", "report").build();

        List<Problem> problems = engine.validate(old, Variants.fromMemberships());
        Assessment result = engine.assess(old);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.code()).isEqualTo(ProblemCode.EVIDENCE_RETIRED_KEY);
            assertThat(p.toString()).contains("key t.duty is retired since version 2.0.0 of pack tiny",
                    "The capability is now about the safe harbour.", "give t.harbour instead");
        });
        assertThat(result.criterion("C01.L1.harbour").orElseThrow().status()).as("the retired item counts for nothing")
                .isEqualTo(Status.UNKNOWN);
        assertThat(result.warnings()).singleElement().asString().contains("t.duty is retired");
        assertThat(result.toJson()).contains("\"warnings\": [");
        // Results of format 1.1 always carry the list; omitting it when empty would change every golden result.
        assertThat(engine.assess(Evidence.builder("XA", ON).add("t.harbour", true).build()).toJson()).contains("\"warnings\": []");
    }

    @Test
    void aReplacementNoPackDefinesStopsThePack() throws IOException {
        Files.writeString(pack.resolve("vocabulary.yaml"), VOCABULARY.replace("replacedBy: t.harbour", "replacedBy: t.harbor"));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining("evidence key t.duty is replaced by t.harbor, which no loaded pack defines");
    }

    @Test
    void aReplacementThatIsRetiredToo() throws IOException {
        Files.writeString(pack.resolve("vocabulary.yaml"), VOCABULARY + """
                - {key: t.older, capability: 1, type: boolean, description: "Older.", retired: {since: 1.0.0, replacedBy: t.duty}}
                """);

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining("evidence key t.older is replaced by t.duty, which is retired too");
    }

    @Test
    void instrumentsAreReadWithTheirDatesAndAKeyNamesOne() {
        MaturityEngine engine = engine();

        assertThat(engine.packs().get(0).instruments()).containsExactly(new Instrument("plan-2021-2025", "Regional Plan of Action",
                Instrument.Kind.PLAN, 2021, 2025, LocalDate.of(2021, 10, 1), null, LocalDate.of(2026, 11, 30), "The plan's text", "tiny"));
        EvidenceKey harbour = engine.packs().get(0).vocabulary().get(1);
        assertThat(harbour.instrument()).isEqualTo("plan-2021-2025");
        EvidenceKey duty = engine.packs().get(0).vocabulary().get(0);
        assertThat(duty.retiredReason()).isEqualTo("The capability is now about the safe harbour.");
    }

    @Test
    void aKeyNamingAnUnknownInstrumentStopsThePackWithADidYouMean() throws IOException {
        Files.writeString(pack.resolve("vocabulary.yaml"), VOCABULARY.replace("instrument: plan-2021-2025", "instrument: plan-2021-2026"));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining("key t.harbour names instrument 'plan-2021-2026', which instruments.yaml does not list")
                .hasMessageContaining("plan-2021-2025");
    }

    @Test
    void anInstrumentWithoutAsOfOrWithAnUnknownKindIsRefusedAtItsLine() throws IOException {
        Files.writeString(pack.resolve("instruments.yaml"), INSTRUMENTS.replace("kind: plan", "kind: plans").replace("  asOf: 2026-11-30\n", ""));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("instruments.yaml") + ":1: instrument plan-2021-2025 has kind 'plans'")
                .hasMessageContaining("plan")
                .hasMessageContaining("instrument plan-2021-2025 has no asOf");
    }
}
