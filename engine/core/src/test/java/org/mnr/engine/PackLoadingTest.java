package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.pack.PackException;

class PackLoadingTest {

    @TempDir
    Path dir;

    private Path copyOfMini() throws IOException {
        Path target = dir.resolve("mini");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(MiniPack.PACKS.resolve("mini"))) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static MaturityEngine load(Path... folders) {
        MaturityEngine.Builder builder = MaturityEngine.builder().withoutClassPathPacks();
        for (Path folder : folders) {
            builder.packFolder(folder);
        }
        return builder.build();
    }

    @Test
    void blankIdFailsNamingTheDescriptor() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("pack.yaml"), "id: mini", "id: \" \"");
        assertThatThrownBy(() -> load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("pack.yaml").toString()).hasMessageContaining("id is missing or blank");
    }

    @Test
    void incompatibleEngineApiFailsNamingTheDescriptor() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("pack.yaml"), "engineApi: 1", "engineApi: 2");
        assertThatThrownBy(() -> load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("pack.yaml").toString()).hasMessageContaining("needs engine API 2");
    }

    @Test
    void twoBasePacksFail() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("pack.yaml"), "id: mini", "id: other");
        replace(pack.resolve("mini.drl"), "package org.mnr.test.mini;", "package org.mnr.test.other;");
        assertThatThrownBy(() -> load(MiniPack.PACKS.resolve("mini"), pack)).isInstanceOf(PackException.class)
                .hasMessageContaining("more than one base pack");
    }

    @Test
    void drlErrorNamesTheFileAndLine() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("mini.drl"), "Fact(key == \"a.flag\", flag == true)", "Fact(key == \"a.flag\", flag == )");
        assertThatThrownBy(() -> load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("mini.drl") + ":");
    }

    @Test
    void badMetadataFailsNamingPackAndRule() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("mini.drl"), "@title(\"The flag is set\")", "@title(\"The flag is set.\")");
        assertThatThrownBy(() -> load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining("pack mini, rule C01.L1.flag").hasMessageContaining("ends with a period");
    }

    @Test
    void ruleReadingAnUnknownKeyFails() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("mini.drl"), "@reads(\"a.flag\")", "@reads(\"a.flga\")");
        assertThatThrownBy(() -> load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining("reads evidence key a.flga, which no vocabulary defines");
    }

    @Test
    void unknownVocabularyFieldFailsWithFileAndLine() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("vocabulary.yaml"), "type: boolean, description: \"A flag.\"}", "type: boolean, descripton: \"A flag.\"}");
        assertThatThrownBy(() -> load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("vocabulary.yaml") + ":1").hasMessageContaining("unknown field 'descripton'");
    }

    @Test
    void folderPackTakesThePlaceOfAPackWithTheSameId() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("pack.yaml"), "version: 0.1.0", "version: 0.2.0");
        MaturityEngine engine = MaturityEngine.builder().withoutClassPathPacks()
                .packFolder(MiniPack.PACKS.resolve("mini")).packFolder(pack).build();
        assertThat(engine.packs()).singleElement().satisfies(p -> assertThat(p.version()).isEqualTo("0.2.0"));
    }

    @Test
    void aVersionThatIsNotSemanticIsRefused() throws IOException {
        Path pack = copyOfMini();
        replace(pack.resolve("pack.yaml"), "version: 0.1.0", "version: banana");
        assertThatThrownBy(() -> load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("pack.yaml") + ":4: version 'banana' is not a semantic version (semver.org);"
                        + " write MAJOR.MINOR.PATCH, e.g. 1.0.0");
    }

    @Test
    void aVariantWrittenForOtherVersionsOfItsBaseIsSetAsideNamingBoth() throws IOException {
        Path variant = dir.resolve("variant-one");
        Files.createDirectories(variant);
        for (String file : java.util.List.of("pack.yaml", "variant.drl", "vocabulary.yaml")) {
            Files.copy(MiniPack.PACKS.resolve("variant-one").resolve(file), variant.resolve(file));
        }
        replace(variant.resolve("pack.yaml"), "extends: mini", "extends: mini >=1.1 <3");
        // The mini base pack is 0.1.0, below the range.
        // The engine still loads (issue 16): the variant is set aside as broken, and only its countries fail.
        MaturityEngine outside = load(MiniPack.PACKS.resolve("mini"), variant);
        assertThat(outside.packs()).extracting(p -> p.id()).containsExactly("mini");
        assertThat(outside.brokenPacks()).extracting(b -> b.reason()).singleElement().asString()
                .contains(variant.resolve("pack.yaml") + ": variant variant-one 0.1.0 cannot be used: it is written for mini >=1.1 <3,"
                        + " but the base pack loaded is mini 0.1.0");
        replace(variant.resolve("pack.yaml"), "extends: mini >=1.1 <3", "extends: mini >=0.1 <1");
        assertThat(load(MiniPack.PACKS.resolve("mini"), variant).packs()).extracting(p -> p.descriptor().baseVersions().toString())
                .containsExactly("any version", ">=0.1 <1");
    }

    @Test
    void anExtendsThatIsNotARangeIsRefused() throws IOException {
        Path variant = dir.resolve("variant-one");
        Files.createDirectories(variant);
        for (String file : java.util.List.of("pack.yaml", "variant.drl", "vocabulary.yaml")) {
            Files.copy(MiniPack.PACKS.resolve("variant-one").resolve(file), variant.resolve(file));
        }
        replace(variant.resolve("pack.yaml"), "extends: mini", "extends: mini ~1.2");
        assertThatThrownBy(() -> load(MiniPack.PACKS.resolve("mini"), variant)).isInstanceOf(PackException.class)
                .hasMessageContaining("extends 'mini ~1.2': '~1.2' is not a version range; write the base's id and comparisons of"
                        + " versions, e.g. extends: mnr >=1.1 <3");
    }
}
