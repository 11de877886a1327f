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

/** Every file in a pack's folder is listed in its descriptor or reported by lint (issue 16): none is silently ignored. */
class UnlistedFilesTest {

    private static final Path MINI = Path.of("src/test/resources/packs/mini");

    @Test
    void aFileTheDescriptorDoesNotListIsReportedAndANestedPackIsLeftToItself(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("mini");
        Files.createDirectories(pack.resolve("notes"));
        for (String file : List.of("pack.yaml", "mini.drl", "vocabulary.yaml")) {
            Files.copy(MINI.resolve(file), pack.resolve(file));
        }
        Files.copy(MINI.resolve("mini.drl"), pack.resolve("forgotten.drl"));
        Files.writeString(pack.resolve("notes/todo.txt"), "later");
        Path nested = Files.createDirectories(pack.resolve("other"));
        Files.writeString(nested.resolve("pack.yaml"), "id: other\n");
        Files.writeString(nested.resolve("anything.yaml"), "x: 1\n");

        List<String> problems = PackLinter.report(List.of(new PackResources.InFolder(pack)), List.of()).problems().stream()
                .map(PackProblem::toString).filter(p -> p.contains("does not list it")).toList();

        String tail = ": this file is in the pack's folder but pack.yaml does not list it, so the engine never reads it; list it under"
                + " criteria (or rules), or move it out of the folder";
        assertThat(problems).containsExactly(pack.resolve("forgotten.drl") + tail, pack.resolve("notes/todo.txt") + tail);
    }

    @Test
    void aPackWhoseFilesAreAllListedHasNoSuchProblem() {
        assertThat(PackLinter.report(List.of(new PackResources.InFolder(MINI)), List.of()).problems())
                .noneMatch(p -> p.message().contains("does not list it"));
    }
}
