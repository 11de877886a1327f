package org.mnr.engine.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.pack.PackProblem;

/** Lint places a problem of an evidence key at the key's line, whether the vocabulary is written in flow or block style. */
class VocabularyLinesTest {

    private static final Path MINI = Path.of("src/test/resources/packs/mini");

    @Test
    void aKeyIsPlacedAtItsLineInFlowAndBlockStyle(@TempDir Path dir) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("mini"));
        for (String file : List.of("pack.yaml", "mini.drl", "vocabulary.yaml")) {
            Files.copy(MINI.resolve(file), pack.resolve(file));
        }
        List<String> vocabulary = Files.readAllLines(pack.resolve("vocabulary.yaml"));
        assertThat(vocabulary).hasSize(9).allMatch(line -> line.startsWith("- {key: "));
        // Lines 10 to 15: three keys no rule reads, in flow style with key first, flow style with key last, block style.
        Files.writeString(pack.resolve("vocabulary.yaml"), String.join("\n", vocabulary) + "\n"
                + "- {key: a.unread, capability: 1, type: boolean, description: \"Unread.\"}\n"
                + "- {capability: 1, type: boolean, description: \"Key last.\", key: a.last}\n"
                + "- capability: 1\n"
                + "  type: boolean\n"
                + "  key: a.block\n"
                + "  description: Block style.\n");

        List<String> problems = PackLinter.report(List.of(new PackResources.InFolder(pack)), List.of()).problems().stream()
                .map(PackProblem::toString).filter(p -> p.contains("is read by no criterion")).toList();

        String file = pack.resolve("vocabulary.yaml").toString();
        assertThat(problems).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith(file + ":10").contains("evidence key a.unread"))
                .anySatisfy(p -> assertThat(p).startsWith(file + ":11").contains("evidence key a.last"))
                .anySatisfy(p -> assertThat(p).startsWith(file + ":14").contains("evidence key a.block"));
    }
}
