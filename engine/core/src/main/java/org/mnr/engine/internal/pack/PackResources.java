package org.mnr.engine.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files of one pack, wherever they live: a class-path folder or a folder on disk. */
public sealed interface PackResources {

    /** Where the pack comes from, for messages: a jar, a class-path folder or a directory. */
    String origin();

    /** How to name one of the pack's files in a message, e.g. {@code rules/src/main/resources/org/mnr/rules/pack.yaml}. */
    String describe(String relativePath);

    /** Reads one of the pack's files. */
    byte[] read(String relativePath) throws IOException;

    /** The class loader that sees the pack's compiled rule classes, if it has any. */
    ClassLoader classLoader();

    /** The class-path listing of the pack's pre-built executable-model classes, or null. */
    String compiledModelListing();

    /**
     * Whether the pack was loaded from outside the engine's own class path (a folder, or a jar named as a pack), so that
     * its id and version alone do not say which rules it holds.
     */
    boolean local();

    /** A pack whose files are class-path resources under one folder. */
    record OnClassPath(ClassLoader classLoader, String folder, String origin, String compiledModelListing)
            implements PackResources {

        /** Locates a class-path pack; the origin is the jar or directory that holds its descriptor. */
        public static OnClassPath of(ClassLoader loader, String folder, String compiledModelListing) {
            String clean = folder.replaceAll("^/+|/+$", "");
            URL descriptor = loader.getResource(clean + "/" + PackReader.DESCRIPTOR);
            String origin = descriptor == null ? "class path folder " + clean : originOf(descriptor);
            return new OnClassPath(loader, clean, origin, compiledModelListing);
        }

        private static String originOf(URL url) {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                int bang = text.indexOf("!/");
                return text.substring("jar:".length(), bang < 0 ? text.length() : bang).replaceFirst("^file:", "");
            }
            return text.replaceFirst("^file:", "");
        }

        @Override
        public String describe(String relativePath) {
            return origin + (origin.endsWith(".jar") ? "!/" : " ") + folder + "/" + relativePath;
        }

        @Override
        public boolean local() {
            return PackJars.loadedFromPackJar(classLoader);
        }

        @Override
        public byte[] read(String relativePath) throws IOException {
            try (InputStream in = classLoader.getResourceAsStream(folder + "/" + relativePath)) {
                if (in == null) {
                    throw new NoSuchFileException(describe(relativePath));
                }
                return in.readAllBytes();
            }
        }
    }

    /** A pack whose files lie in a folder on disk, as a designer edits them. */
    record InFolder(Path folder) implements PackResources {

        @Override
        public boolean local() {
            return true;
        }

        @Override
        public String origin() {
            return folder.toString();
        }

        @Override
        public String describe(String relativePath) {
            return folder.resolve(relativePath).toString();
        }

        @Override
        public byte[] read(String relativePath) throws IOException {
            return Files.readAllBytes(folder.resolve(relativePath));
        }

        @Override
        public ClassLoader classLoader() {
            return PackResources.class.getClassLoader();
        }

        @Override
        public String compiledModelListing() {
            return null;
        }
    }
}
