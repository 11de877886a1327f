package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.mnr.engine.error.ProblemCode;

/**
 * The evidence formats on the class path, and reading by a file's name or an explicit format name.
 *
 * <p>A file whose name ends in no registered extension is read as JSON, as it always was. A spreadsheet
 * without its format on the class path gets one problem that names the artifact to add.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class EvidenceFormats {

    /** The artifact that registers the {@code xlsx} format. */
    public static final String WORKBOOK_ARTIFACT = "org.mnr:mnr-workbook";

    private static final List<String> SPREADSHEETS = List.of(".xlsx", ".xls", ".ods");

    private final List<EvidenceFormat> formats;

    private EvidenceFormats(List<EvidenceFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The formats registered with the class loader that loaded the engine, sorted by name. */
    public static EvidenceFormats available() {
        return Holder.AVAILABLE;
    }

    /** The formats registered with the given class loader (and the engine's own), sorted by name. */
    public static EvidenceFormats available(ClassLoader loader) {
        List<EvidenceFormat> found = new ArrayList<>();
        for (ClassLoader l : loader == EvidenceFormats.class.getClassLoader() ? List.of(loader)
                : List.of(EvidenceFormats.class.getClassLoader(), loader)) {
            for (EvidenceFormat format : ServiceLoader.load(EvidenceFormat.class, l)) {
                if (found.stream().noneMatch(f -> f.name().equals(format.name()))) {
                    found.add(format);
                }
            }
        }
        found.sort(Comparator.comparing(EvidenceFormat::name));
        return new EvidenceFormats(found);
    }

    /** The formats, sorted by name. */
    public List<EvidenceFormat> all() {
        return formats;
    }

    /** The format with this name ({@code json}, {@code yaml}, {@code xlsx}...), ignoring case. */
    public Optional<EvidenceFormat> named(String name) {
        Objects.requireNonNull(name, "name");
        return formats.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The format whose extension the file name ends in, if one is registered. */
    public Optional<EvidenceFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return formats.stream().filter(f -> f.extensions().stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** Whether a file name is one this set of formats reads by its extension. */
    public boolean reads(String fileName) {
        return forFileName(fileName).isPresent();
    }

    /**
     * Reads a file in the format its name gives, JSON when it gives none; a spreadsheet whose format is not on
     * the class path gives one problem naming the artifact to add.
     */
    public ParsedEvidence read(Path file, EvidenceFormat.Context context) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(context, "context");
        String name = file.toString();
        Optional<EvidenceFormat> format = forFileName(name);
        if (format.isPresent()) {
            return format.get().read(file, context);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SPREADSHEETS.stream().anyMatch(lower::endsWith)) {
            return unsupported(name, lower.endsWith(".xlsx") ? Wording.of("evidence.format.no-workbook-reader", WORKBOOK_ARTIFACT)
                    : Wording.of("evidence.format.spreadsheet"));
        }
        return json().read(file, context);
    }

    /** Reads a document in the named format from a stream; {@code origin} names it in problems. */
    public ParsedEvidence read(InputStream input, String format, String origin, EvidenceFormat.Context context) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(context, "context");
        Optional<EvidenceFormat> named = named(Objects.requireNonNull(format, "format"));
        if (named.isEmpty()) {
            return unsupported(origin, "xlsx".equalsIgnoreCase(format) ? Wording.of("evidence.format.no-reader.xlsx", format, WORKBOOK_ARTIFACT)
                    : Wording.of("evidence.format.no-reader", format, String.join(", ", formats.stream().map(EvidenceFormat::name).toList())));
        }
        return named.get().read(input, origin, context);
    }

    private EvidenceFormat json() {
        return named("json").orElseThrow(() -> new IllegalStateException("the engine's JSON format is not registered"));
    }

    private static ParsedEvidence unsupported(String origin, Wording wording) {
        return new ParsedEvidence(null, null,
                List.of(Problem.error(ProblemCode.EVIDENCE_FORMAT_UNSUPPORTED, origin, Place.at(""), wording)), origin, java.util.Map.of());
    }

    /** Loads the formats once, when first asked. */
    private static final class Holder {
        private static final EvidenceFormats AVAILABLE = available(EvidenceFormats.class.getClassLoader());
    }
}
