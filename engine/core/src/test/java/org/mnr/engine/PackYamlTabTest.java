package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.pack.PackException;

/** A tab in a pack's YAML is explained in the author's terms, at its line and column (issue 14.7), as in evidence. */
class PackYamlTabTest {

    private static final String DESCRIPTOR = """
            id: tiny
            name: Tiny data pack
            version: 2.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
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
            - {key: t.flag, capability: 1, type: boolean, description: "A flag."}
            """;

    private static final String CRITERIA = """
            criteria:
              - {id: C01.L1.flag, level: 1, title: The flag is set, source: "MNR", when: {key: t.flag, equals: true}}
            """;

    @TempDir
    Path pack;

    @BeforeEach
    void writePack() throws IOException {
        Files.writeString(pack.resolve("pack.yaml"), DESCRIPTOR);
        Files.writeString(pack.resolve("vocabulary.yaml"), VOCABULARY);
        Files.writeString(pack.resolve("one.yaml"), CRITERIA);
    }

    private void load() {
        MaturityEngine.builder().withoutClassPathPacks().packFolder(pack).build();
    }

    @Test
    void inTheDescriptor() throws IOException {
        Files.writeString(pack.resolve("pack.yaml"), DESCRIPTOR.replace("  - {level: 1,", "\t- {level: 1,"));

        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("pack.yaml") + ":9:1: a tab where YAML allows only spaces: use spaces, not tabs, to indent");
    }

    @Test
    void inACriteriaFile() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("  - {id:", "\t- {id:"));

        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("one.yaml") + ":2:1: a tab where YAML allows only spaces: use spaces, not tabs, to indent");
    }

    @Test
    void inTheVocabulary() throws IOException {
        Files.writeString(pack.resolve("vocabulary.yaml"), "- key: t.flag\n\tcapability: 1\n");

        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("vocabulary.yaml") + ":2:1: a tab where YAML allows only spaces: use spaces, not tabs,"
                        + " to indent");
    }
}
