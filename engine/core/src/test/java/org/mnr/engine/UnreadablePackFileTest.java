package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.internal.pack.ReadFailure;
import org.mnr.engine.pack.PackException;

/**
 * A pack's file that cannot be read is said in the project's words with the fix (#14), not with the system's text: a
 * NoSuchFileException's message is the bare path, and "Is a directory" is the operating system's wording.
 */
class UnreadablePackFileTest {

    @TempDir
    Path dir;

    @Test
    void aFolderInPlaceOfTheVocabularyIsSaidToBeAFolder() throws IOException {
        Path pack = TinyPacks.write(dir, "tiny", "pack.yaml", TinyPacks.BASE, "one.yaml", TinyPacks.CRITERIA);
        Files.createDirectories(pack.resolve("vocabulary.yaml"));
        assertThatThrownBy(() -> TinyPacks.load(pack))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("cannot be read: it is a folder, not a file; give a file's name in pack.yaml")
                .hasMessageNotContaining("Is a directory");
    }

    @Test
    void aMissingOrForbiddenFileIsSaidWithItsFixNotAsABarePath() {
        String path = "/packs/tiny/criteria.yaml";
        assertThat(ReadFailure.describe(new NoSuchFileException(path)))
                .isEqualTo("no such file; add it to the pack, or correct its name in pack.yaml");
        assertThat(ReadFailure.describe(new AccessDeniedException(path)))
                .isEqualTo("permission denied; let the user who runs mnr read it");
        assertThat(ReadFailure.describe(new IOException("disk on fire")))
                .isEqualTo("disk on fire; check that the file is there and readable, then load the pack again");
    }
}
