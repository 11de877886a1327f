package org.mnr.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then moved into place, so that a
 * reader never sees a half-written result and a failure leaves the previous file as it was.
 */
final class AtomicFiles {

    /** As many links as Linux follows before it gives up on a loop. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Writes the content to the target; on failure the target is as it was and no temporary file is left. */
    static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the bytes to the target. A device or FIFO (or a link to one) is written through, never replaced by
     * a regular file; a link to a file keeps being a link and its file gets the content.
     */
    static void write(Path target, byte[] content) throws IOException {
        Path destination = linkedFile(target);
        if (Files.exists(destination) && !Files.isRegularFile(destination) && !Files.isDirectory(destination)) {
            try (OutputStream out = Files.newOutputStream(destination, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            return;
        }
        Path temporary = temporaryBeside(destination, content);
        try {
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes the bytes to the target only if no file is there: the new file appears whole or not at all, and a file
     * made there meanwhile by someone else is never replaced ({@link FileAlreadyExistsException} then). A device or
     * FIFO is written through, as by {@link #write(Path, byte[])}.
     */
    static void writeNew(Path target, byte[] content) throws IOException {
        Path destination = linkedFile(target);
        if (Files.exists(destination) && !Files.isRegularFile(destination) && !Files.isDirectory(destination)) {
            write(destination, content);
            return;
        }
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = temporaryBeside(destination, content);
        try {
            try {
                // A hard link is made only where no file is (link(2) never replaces), so the check above cannot be
                // raced into overwriting a file that appeared since.
                Files.createLink(destination, temporary);
            } catch (FileAlreadyExistsException taken) {
                throw taken;
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                // A file system without hard links: a move without REPLACE_EXISTING, which refuses an existing file.
                Files.move(temporary, destination);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file a chain of symbolic links ends at, made or not; the path itself when it is no link. */
    private static Path linkedFile(Path path) throws IOException {
        Path file = path;
        for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(file); hops++) {
            file = file.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(file));
        }
        return file;
    }

    /** The unchecked form of a failed write, whose message names the file and says what went wrong. */
    static UncheckedIOException failure(Path target, IOException e) {
        return new WriteFailure(CliText.words("msg.cannot-write", target, reason(e)), e);
    }

    /** A write that failed, told in the command's language when it is printed. */
    static final class WriteFailure extends UncheckedIOException {

        private static final long serialVersionUID = 1L;

        private final transient CliText.Words words;

        WriteFailure(CliText.Words words, IOException cause) {
            super(CliText.ENGLISH.format(words.key(), words.arguments()), cause);
            this.words = words;
        }

        /** The message in a language. */
        String message(java.util.Locale locale) {
            return CliText.of(locale).format(words.key(), words.arguments());
        }
    }

    /** What went wrong, in English words, without the exception's class. */
    static String describe(IOException e) {
        return reason(e) instanceof CliText.Words words ? CliText.ENGLISH.format(words.key(), words.arguments()) : String.valueOf(reason(e));
    }

    /**
     * What went wrong, without the exception's class: the command's own words where it has them (an argument for
     * {@link CliText#format}, told in its language), else the system's reason as it gives it.
     */
    static Object reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return CliText.words("msg.io.permission");
        }
        if (e instanceof NoSuchFileException) {
            return CliText.words("msg.io.no-directory");
        }
        if (e instanceof DirectoryNotEmptyException || e instanceof FileAlreadyExistsException) {
            return CliText.words("msg.io.in-the-way");
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Writes the bytes to a new hidden file in the destination's folder, made if need be.
     *
     * <p>Created as an ordinary new file, not with createTempFile, so that the result gets the permissions any file the
     * user writes gets, rather than readable by its owner alone. The name is short whatever the target's, so that a
     * target name near the file system's limit still has room for it.
     */
    private static Path temporaryBeside(Path destination, byte[] content) throws IOException {
        Path folder = destination.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(".mnr-" + UUID.randomUUID().toString().substring(0, 13) + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            // A full disk leaves a partial file: nothing half-written stays beside the user's files.
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }
}
