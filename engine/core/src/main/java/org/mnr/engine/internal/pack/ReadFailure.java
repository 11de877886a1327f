package org.mnr.engine.internal.pack;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a pack's file could not be read, in the project's words and with the fix, never the bare path or wording the
 * system or a library gives (e.g. a {@link NoSuchFileException}'s message is the path alone).
 */
public final class ReadFailure {

    private ReadFailure() {
    }

    /** What follows {@code cannot be read: }: no such file, permission denied, a folder, or the system's reason. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file; add it to the pack, or correct its name in pack.yaml";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; let the user who runs mnr read it";
        }
        String reason = e instanceof FileSystemException fileSystem && fileSystem.getReason() != null ? fileSystem.getReason()
                : String.valueOf(e.getMessage());
        // The JDK says a folder read as a file in the system's words ("Is a directory" on Linux and macOS).
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("directory")) {
            return "it is a folder, not a file; give a file's name in pack.yaml";
        }
        return reason + "; check that the file is there and readable, then load the pack again";
    }
}
