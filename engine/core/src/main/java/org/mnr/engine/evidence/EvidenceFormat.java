package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mnr.engine.model.EvidenceKey;

/**
 * A format evidence can be written in, found with {@link java.util.ServiceLoader}: JSON and YAML come with the
 * engine, Excel workbooks ({@code xlsx}) with the artifact {@code org.mnr:mnr-workbook}.
 *
 * <p>A format reports every problem it finds in the returned {@link ParsedEvidence}; it never throws for bad
 * input. Implementations are stateless and thread-safe, with a public no-argument constructor.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public interface EvidenceFormat {

    /** The format's name, lower case, as applications choose it: {@code json}, {@code yaml}, {@code xlsx}. */
    String name();

    /** The file name endings it reads, lower case with the dot, e.g. {@code .yaml} and {@code .yml}. */
    List<String> extensions();

    /** Reads one file; its path, as given, names it in problems. */
    ParsedEvidence read(Path file, Context context);

    /** Reads one document from a stream, up to the maximum file size; {@code origin} names it in problems. */
    ParsedEvidence read(InputStream input, String origin, Context context);

    /**
     * What a format reads within: the engine's limits, and the loaded packs' evidence keys (empty when no engine
     * is at hand), by which a format without types of its own, such as a spreadsheet, types its values.
     *
     * @param limits the limits within which to read
     * @param vocabulary the evidence keys of the loaded packs by key, possibly empty
     */
    record Context(EvidenceLimits limits, Map<String, EvidenceKey> vocabulary) {

        /** Validates and copies the fields. */
        public Context {
            Objects.requireNonNull(limits, "limits");
            vocabulary = Map.copyOf(vocabulary);
        }

        /** The default limits, with no vocabulary. */
        public static Context defaults() {
            return new Context(EvidenceLimits.DEFAULTS, Map.of());
        }
    }
}
