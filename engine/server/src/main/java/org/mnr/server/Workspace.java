package org.mnr.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The folder of evidence files the browser workspace shows: its files by name, never a path outside
 * it, each read with a version (its ETag) and saved whole or not at all.
 */
final class Workspace {

    /**
     * A file name the workspace serves: no folder, no leading dot, one of the evidence extensions. A
     * name alone can still be a symbolic link out of the folder; {@link #file} checks that too.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._()-]{0,150}\\.(json|yaml|yml|xlsx)",
            Pattern.CASE_INSENSITIVE);

    private final Path folder;
    private final Path realFolder;

    Workspace(Path folder) {
        try {
            Files.createDirectories(folder);
            this.folder = folder.toAbsolutePath().normalize();
            this.realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the workspace " + folder + ": " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }

    /** The evidence files of the folder (not of its subfolders), sorted by name. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (NAME.matcher(name).matches() && Files.isRegularFile(entry) && inside(entry)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the workspace " + folder + ": " + e.getMessage(), e);
        }
        names.sort(null);
        return names;
    }

    /**
     * The file a name stands for, refused with 400 unless it is a plain evidence file name, and with 403
     * when it is a link that leads outside the workspace.
     */
    Path file(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw HttpFailure.of(400, "'" + (name == null ? "" : name) + "' is not a file name of this workspace",
                    "name a file in the workspace folder itself, ending in .json, .yaml, .yml or .xlsx, with no folder");
        }
        Path file = folder.resolve(name).normalize();
        if (!file.getParent().equals(folder) || !inside(file)) {
            throw HttpFailure.of(403, "'" + name + "' leads outside the workspace", "keep evidence files in the workspace folder itself");
        }
        return file;
    }

    /** Whether a path, its links followed, is in the workspace folder; a file not yet there is judged by its folder. */
    private boolean inside(Path file) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return file.getParent().toRealPath().equals(realFolder);
            }
            Path real = file.toRealPath();
            return real.getParent().equals(realFolder);
        } catch (IOException e) {
            // A broken link, or one we may not follow, is not ours to serve.
            return false;
        }
    }

    static boolean isWorkbook(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The name without its extension. */
    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A file's bytes and version. */
    record Version(byte[] bytes, String etag) {
    }

    /** The file's bytes and version, or null when there is no such file. */
    Version read(String name) {
        Path file = file(name);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Version(bytes, etag(bytes));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The strong ETag of content: a digest, so two tabs agree on a version without the server keeping any state. */
    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Writes a file whole or not at all, if it is still at the version the writer saw: {@code ifMatch}
     * is the ETag read, or {@code *} for any existing file; {@code ifNoneMatch} {@code *} means only if
     * there is no such file yet. Answers 412 when the file changed, 428 when neither was given.
     *
     * @return the new ETag
     */
    synchronized String write(String name, byte[] bytes, String ifMatch, String ifNoneMatch) {
        Path file = file(name);
        if (ifMatch == null && ifNoneMatch == null) {
            throw HttpFailure.of(428, "saving needs the version it replaces: the header If-Match with the file's ETag, or"
                    + " If-None-Match: * for a new file", "read the file first and send its ETag back");
        }
        Version current = read(name);
        if ("*".equals(ifNoneMatch) && current != null) {
            throw HttpFailure.of(412, name + " already exists; it was created after you started",
                    "reload to see it, then make your changes again; your draft is kept in this browser");
        }
        if (ifMatch != null && (current == null || !("*".equals(ifMatch) || ifMatch.equals(current.etag())))) {
            throw HttpFailure.of(412, name + " changed since you opened it (in another tab, or by someone else)",
                    "reload to see the file as it is now; your draft is kept in this browser");
        }
        try {
            // A temporary file in the same folder, then a move: a reader sees the old file or the new, never half.
            // Created as an ordinary new file, not with createTempFile, so that the saved evidence gets the permissions
            // any file the user writes gets (as mnr's results do), rather than readable by its owner alone.
            Path temporary = folder.resolve("." + baseName(name) + "-" + UUID.randomUUID().toString().substring(0, 13) + ".tmp");
            try {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + name + ": " + e.getMessage(), e);
        }
        return etag(bytes);
    }
}
