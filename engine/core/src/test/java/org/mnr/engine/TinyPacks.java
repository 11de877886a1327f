package org.mnr.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tiny packs for tests, written to a folder: the framework every tiny base pack shares (five levels, one domain, one or
 * two capabilities), a vocabulary of a flag and hours, one criterion per level, and the variant {@code var} that
 * replaces the level-2 criterion and waives the level-1 one. A test keeps what it is about (a pack's id, version and
 * files) in view and takes the rest from here.
 */
final class TinyPacks {

    /** The levels every tiny base pack names. */
    private static final String LEVELS = """
            levels:
              - {level: 0, name: Not in place}
              - {level: 1, name: Building}
              - {level: 2, name: Developing}
              - {level: 3, name: Established}
              - {level: 4, name: Mature}
            """;

    /** The base pack's vocabulary: a flag and a number of hours, both of capability 1. */
    static final String VOCABULARY = """
            - {key: t.flag, capability: 1, type: boolean, description: "A flag."}
            - {key: t.hours, capability: 1, type: number, min: 0, max: 8760, description: "Hours."}
            """;

    /** One criterion per level of capability 1: the flag at Building, then within 72, 48 and 24 hours. */
    static final String CRITERIA = """
            criteria:
              - {id: C01.L1.flag, level: 1, weight: 1, title: The flag is set, when: {key: t.flag, equals: true}}
              - {id: C01.L2.fast, level: 2, weight: 1, title: Fast, when: {key: t.hours, atMost: 72}}
              - {id: C01.L3.faster, level: 3, weight: 1, title: Faster, when: {key: t.hours, atMost: 48}}
              - {id: C01.L4.fastest, level: 4, weight: 1, title: Fastest, when: {key: t.hours, atMost: 24}}
            """;

    /** The base pack {@code tiny} 1.2.0 of one capability, its criteria in one.yaml. */
    static final String BASE = descriptor("""
            id: tiny
            name: Tiny data pack
            version: 1.2.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            criteria:
              - one.yaml
            """, "Data criteria.");

    /** The variant's vocabulary: a portal, capability 1. */
    static final String VARIANT_VOCABULARY = "- {key: var.portal, capability: 1, type: boolean, description: \"A portal.\"}\n";

    /** The variant {@code var} of {@code tiny} 1.x, applying to members of V. */
    static final String VARIANT = variant("tiny >=1.0 <2");

    /** The variant's changes, recording nothing they were written against. */
    static final String VARIANT_CRITERIA = variantChanges(null, null);

    private TinyPacks() {
    }

    /**
     * A base pack's descriptor: its head (id, name, version, engineApi, vocabulary and the files it lists) and then the
     * shared framework, with capabilities One and Two as the summaries given.
     */
    static String descriptor(String head, String... capabilitySummaries) {
        StringBuilder text = new StringBuilder(head).append(LEVELS).append("domains:\n  - {id: D1, name: First, capabilities: [");
        for (int i = 1; i <= capabilitySummaries.length; i++) {
            text.append(i == 1 ? "" : ", ").append(i);
        }
        text.append("]}\ncapabilities:\n");
        String[] names = {"One", "Two"};
        for (int i = 0; i < capabilitySummaries.length; i++) {
            text.append("  - {id: ").append(i + 1).append(", name: ").append(names[i]).append(", domain: D1, summary: \"")
                    .append(capabilitySummaries[i]).append("\"}\n");
        }
        return text.toString();
    }

    /** The descriptor of the variant {@code var} 0.1.0, extending as given, its changes in var.yaml. */
    static String variant(String base) {
        return """
                id: var
                name: A variant
                version: 0.1.0
                engineApi: 1
                extends: %s
                appliesTo: [V]
                vocabulary: vocabulary.yaml
                criteria:
                  - var.yaml
                """.formatted(base);
    }

    /**
     * The variant's changes: C01.L2.fast replaced (within 72 hours, or through the portal) and C01.L1.flag waived, each
     * recording the fingerprint it was written against, or nothing when null.
     */
    static String variantChanges(String fastAgainst, String flagAgainst) {
        return """
                replaces:
                  - id: C01.L2.fast
                    capability: 1
                    level: 2
                    weight: 1
                    title: Fast, or through the portal
                    when: {anyOf: [{key: t.hours, atMost: 72}, {key: var.portal, equals: true}]}
                %swaives:
                  - id: C01.L1.flag
                    reason: The variant's countries have no flag.
                %s""".formatted(against(fastAgainst), against(flagAgainst));
    }

    private static String against(String fingerprint) {
        return fingerprint == null ? "" : "    against: " + fingerprint + "\n";
    }

    /**
     * Writes a pack's files into a folder of the directory, made if need be.
     *
     * @param files each file's name followed by its text
     * @return the pack's folder
     */
    static Path write(Path dir, String name, String... files) throws IOException {
        Path pack = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < files.length; i += 2) {
            Path file = pack.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        return pack;
    }

    /** An engine of the packs in the folders and none from the class path. */
    static MaturityEngine load(Path... folders) {
        MaturityEngine.Builder builder = MaturityEngine.builder().withoutClassPathPacks();
        for (Path folder : folders) {
            builder.packFolder(folder);
        }
        return builder.build();
    }
}
