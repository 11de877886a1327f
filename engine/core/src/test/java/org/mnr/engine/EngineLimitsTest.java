package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.result.Status;

/** The engine reads files within the limits its builder was given, and places every problem in the file. */
class EngineLimitsTest {

    private static final String DOC = "{\n  \"country\": {\"code\": \"XA\", \"memberships\": [\"Atlantis\"]},\n  \"assessedOn\": \"2026-06-30\",\n"
            + "  \"evidence\": [\n    {\"key\": \"a.flag\", \"value\": true},\n    {\"key\": \"a.count\", \"value\": 12}\n  ]\n}\n";

    @TempDir
    Path dir;

    @Test
    void theBuildersLimitsApplyToFilesTheEngineReads() throws IOException {
        Path file = Files.writeString(dir.resolve("xa.json"), DOC.replace("\"Atlantis\"", ""), StandardCharsets.UTF_8);
        MaturityEngine tight = MaturityEngine.builder().withoutClassPathPacks().packFolder(MiniPack.PACKS.resolve("mini"))
                .evidenceLimits(EvidenceLimits.DEFAULTS.withMaxItems(1)).build();
        assertThat(tight.evidenceLimits().maxItems()).isEqualTo(1);
        assertThat(tight.evidenceReader().limits()).isEqualTo(tight.evidenceLimits());
        assertThat(tight.validate(file, Variants.fromMemberships())).singleElement().asString()
                .startsWith(file + ":6:5: /evidence/1: the file holds more than the maximum item count of 1");
        assertThatThrownBy(() -> tight.assess(file)).isInstanceOf(InvalidEvidenceException.class);
        assertThat(MiniPack.engine().evidenceLimits()).isEqualTo(EvidenceLimits.DEFAULTS);
        assertThat(MiniPack.engine().assess(file).criterion("C01.L2.count").orElseThrow().status()).isEqualTo(Status.MET);
    }

    @Test
    void problemsFoundAgainstThePacksNameTheLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("xa.json"), DOC, StandardCharsets.UTF_8);
        ParsedEvidence parsed = MiniPack.engine().evidenceReader().read(file);
        assertThat(parsed.problems()).isEmpty();
        assertThat(MiniPack.engine().validate(parsed, Variants.fromMemberships())).extracting(Problem::toString)
                .containsExactly(file + ":2:45: /country/memberships/0: unknown membership 'Atlantis'; known memberships: ASEAN, AU, CoE, EU");
        assertThatThrownBy(() -> MiniPack.engine().assess(parsed, Variants.fromMemberships()))
                .isInstanceOfSatisfying(InvalidEvidenceException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith(file + ":2:45:"));
    }
}
