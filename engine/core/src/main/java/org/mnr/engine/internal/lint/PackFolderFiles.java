package org.mnr.engine.internal.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mnr.engine.internal.pack.PackReader;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.pack.Pack;

/**
 * The files of a pack's folder that its descriptor does not list, which the engine would silently never read: a
 * criteria file left out of {@code criteria:}, a DRL file left out of {@code rules:}.
 */
final class PackFolderFiles {

    private PackFolderFiles() {
    }

    /**
     * The files under the pack's folder, relative to it and sorted, that are neither its descriptor, its vocabulary, nor
     * listed, nor compiled classes; a folder below it that holds a pack of its own is that pack's. Empty for a pack inside a jar, whose
     * folder cannot be listed.
     */
    static List<String> unlisted(Pack pack) {
        Path folder = folderOf(pack.resources());
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        Set<Path> listed = new HashSet<>();
        listed.add(folder.resolve(PackReader.DESCRIPTOR).normalize());
        pack.descriptor().files().forEach(f -> listed.add(folder.resolve(f).normalize()));
        List<String> unlisted = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean otherPack = !dir.equals(folder) && Files.isRegularFile(dir.resolve(PackReader.DESCRIPTOR));
                    return otherPack ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // A class-path pack's folder is often its RulePack class's package too.
                    if (!listed.contains(file.normalize()) && !file.getFileName().toString().endsWith(".class")) {
                        unlisted.add(folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unlisted.stream().sorted().toList();
    }

    /** The pack's folder on disk: a folder pack's, or a class-path pack's when its descriptor is a file, not a jar entry. */
    private static Path folderOf(PackResources resources) {
        if (resources instanceof PackResources.InFolder inFolder) {
            return inFolder.folder();
        }
        if (resources instanceof PackResources.OnClassPath onClassPath) {
            URL descriptor = onClassPath.classLoader().getResource(onClassPath.folder() + "/" + PackReader.DESCRIPTOR);
            if (descriptor != null && "file".equals(descriptor.getProtocol())) {
                try {
                    return Path.of(descriptor.toURI()).getParent();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
