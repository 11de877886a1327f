package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.ResultJson;

/**
 * A pack loaded from a folder says so in results, with a hash of its files (issue 16): its id and version are whatever
 * its files say, so only the hash tells two sets of rules apart.
 */
class PackProvenanceTest {

    @TempDir
    Path dir;

    private Path pack(String name, String criteria, String lineEnd) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("pack.yaml"), TinyPacks.BASE.replace("\n", lineEnd));
        Files.writeString(folder.resolve("vocabulary.yaml"), TinyPacks.VOCABULARY.replace("\n", lineEnd));
        Files.writeString(folder.resolve("one.yaml"), criteria.replace("\n", lineEnd));
        return folder;
    }

    private Assessment score(Path folder) throws IOException {
        Path evidence = Files.writeString(dir.resolve("xa.json"), """
                {"country": {"code": "XA", "name": "Testland", "memberships": []}, "assessedOn": "2026-06-30",
                 "evidence": [{"key": "t.flag", "value": true}, {"key": "t.hours", "value": 60}]}
                """);
        return MaturityEngine.builder().withoutClassPathPacks().packFolder(folder).build().assess(evidence);
    }

    @Test
    void aFolderPackIsLocalWithAHashOfItsFilesThatOnlyTheirContentMoves() throws IOException {
        PackVersion original = score(pack("tiny", TinyPacks.CRITERIA, "\n")).packs().get(0);
        assertThat(original.id()).isEqualTo("tiny");
        assertThat(original.version()).isEqualTo("1.2.0");
        assertThat(original.source()).isEqualTo("local");
        assertThat(original.hash()).matches("sha256:[0-9a-f]{64}");

        // The same files elsewhere, or checked out with CRLF line ends, are the same rules.
        assertThat(score(pack("copy", TinyPacks.CRITERIA, "\n")).packs().get(0)).isEqualTo(original);
        assertThat(score(pack("crlf", TinyPacks.CRITERIA, "\r\n")).packs().get(0)).isEqualTo(original);

        // Level 2 now asks for 48 hours instead of 72, under the same id and version: another hash.
        PackVersion edited = score(pack("edited", TinyPacks.CRITERIA.replace("atMost: 72", "atMost: 48"), "\n")).packs().get(0);
        assertThat(edited.version()).isEqualTo(original.version());
        assertThat(edited.hash()).isNotEqualTo(original.hash()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void theResultJsonCarriesSourceAndHashAfterIdAndVersion() throws IOException {
        Assessment result = score(pack("tiny", TinyPacks.CRITERIA, "\n"));
        String json = ResultJson.write(result);
        assertThat(json).containsPattern("\"packs\": \\[\\s*\\{\\s*\"id\": \"tiny\",\\s*\"version\": \"1.2.0\",\\s*\"source\": \"local\","
                + "\\s*\"hash\": \"sha256:[0-9a-f]{64}\"\\s*}");
        assertThat(ResultJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).packs()).isEqualTo(result.packs());
    }

    @Test
    void aPackOfTheDistributionCarriesNeither() {
        String json = ResultJson.write(new PackVersion("mnr", "1.1.0"));
        assertThat(json).doesNotContain("source").doesNotContain("hash");
    }
}
