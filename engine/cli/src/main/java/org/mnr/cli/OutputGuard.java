package org.mnr.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.mnr.engine.internal.result.ResultMapper;

/**
 * Keeps outputs off evidence: an output is compared with the inputs by real path (through symbolic links
 * and {@code ..}) and by file identity (hard links), not as spelled.
 */
final class OutputGuard {

    /** A result of {@code mnr score} is far smaller; a larger file is not read to tell. */
    private static final long LARGEST_RESULT = 64L * 1024 * 1024;

    /** A field of evidence, as a JSON name or a YAML key. */
    private static final Pattern EVIDENCE_FIELD = Pattern.compile("\"(country|assessedOn|evidence)\"\\s*:|(?m)^\\s*(country|assessedOn|evidence)\\s*:");

    private final Set<Path> realPaths = new HashSet<>();
    private final Set<Object> identities = new HashSet<>();

    private OutputGuard(Collection<Path> inputs) {
        for (Path input : inputs) {
            realPaths.add(realPath(input));
            Object identity = identity(input);
            if (identity != null) {
                identities.add(identity);
            }
        }
    }

    /** A guard of these inputs. */
    static OutputGuard of(Collection<Path> inputs) {
        return new OutputGuard(inputs);
    }

    /** Whether writing the target would write over one of the inputs. */
    boolean isInput(Path target) {
        Object identity = identity(target);
        return identity != null && identities.contains(identity) || realPaths.contains(realPath(target));
    }

    /** Refuses, as a usage mistake, a target that is one of the inputs. */
    void refuse(Path target) {
        if (isInput(target)) {
            throw UsageException.of("msg.output-is-input", target);
        }
    }

    /**
     * Refuses, as a usage mistake, to write a result over an existing file that looks like evidence (such as the
     * JSON converted from a workbook of the same name); a previous result, or a file that is neither, is replaced.
     */
    static void refuseEvidence(Path target) {
        if (Files.isRegularFile(target) && looksLikeEvidence(target)) {
            throw UsageException.of("msg.output-may-be-evidence", target);
        }
    }

    /**
     * Whether a file may be evidence: a workbook, or text naming a country, an assessment date or evidence that is
     * not a result. Text is searched rather than parsed, so that evidence with a syntax error is protected too.
     */
    static boolean looksLikeEvidence(Path file) {
        try {
            if (Files.size(file) > LARGEST_RESULT) {
                return true;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
                return true;
            }
            if (isResult(bytes)) {
                return false;
            }
            return EVIDENCE_FIELD.matcher(new String(bytes, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isResult(byte[] bytes) {
        try {
            JsonNode root = ResultMapper.mapper().readTree(bytes);
            return root != null && root.isObject() && root.has("capabilities") && !root.has("evidence");
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with every link resolved; for a file not yet made, its nearest existing folder's real path and the rest. */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (NoSuchFileException e) {
            Path parent = absolute.getParent();
            return parent == null ? absolute : realPath(parent).resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    private static Object identity(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
