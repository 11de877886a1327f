package org.mnr.engine.internal.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.mnr.engine.pack.Pack;

/**
 * The content hash of a pack: SHA-256 over its listed files (descriptor, vocabulary, criteria and DRL files, instruments, translations), each
 * as its name, its length and its bytes, in name order, with CRLF read as LF so that a checkout on Windows hashes alike.
 */
public final class PackHash {

    private PackHash() {
    }

    /** {@code sha256:} and 64 lower-case hex digits. */
    public static String of(Pack pack) {
        TreeSet<String> files = new TreeSet<>();
        files.add(PackReader.DESCRIPTOR);
        files.addAll(pack.descriptor().files());
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String file : files) {
            byte[] bytes;
            try {
                bytes = new String(pack.resources().read(file), StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(pack.resources().describe(file) + ": cannot be read again to hash the pack", e);
            }
            sha.update((file + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
