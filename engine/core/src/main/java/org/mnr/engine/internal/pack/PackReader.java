package org.mnr.engine.internal.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.criteria.CriteriaFiles;
import org.mnr.engine.criteria.CriteriaProblem;
import org.mnr.engine.internal.evidence.EvidenceSyntax;
import org.mnr.engine.internal.evidence.Suggestion;
import org.mnr.engine.internal.evidence.YamlSyntax;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Instrument;
import org.mnr.engine.model.Level;
import org.mnr.engine.model.ValueType;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackDescriptor;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.pack.SemanticVersion;
import org.mnr.engine.pack.Translation;
import org.mnr.engine.pack.VersionRange;
import org.mnr.engine.pack.Waiver;

/** Reads and checks a pack's descriptor and vocabulary; every problem names the file and line. */
public final class PackReader {

    /** The descriptor's file name, in the pack's folder. */
    public static final String DESCRIPTOR = "pack.yaml";

    /** The engine API version this engine implements; packs declare the one they need. */
    public static final int ENGINE_API = 1;

    private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern EVIDENCE_KEY = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+");

    private static final ObjectMapper YAML = new ObjectMapper(EvidenceSyntax.YAML.factory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private PackReader() {
    }

    /**
     * Reads the pack whose files the resources give.
     *
     * @throws PackException listing every problem in the descriptor and vocabulary
     */
    public static Pack read(PackResources resources) {
        PackDescriptor descriptor = readDescriptor(resources);
        List<PackProblem> problems = new ArrayList<>();
        List<EvidenceKey> vocabulary = List.of();
        try {
            vocabulary = readVocabulary(resources, descriptor);
        } catch (PackException e) {
            problems.addAll(e.problems().isEmpty() ? List.of(new PackProblem(resources.describe(descriptor.vocabulary()), 0, e.getMessage()))
                    : e.problems());
        }
        List<Instrument> instruments = instruments(resources, descriptor, vocabulary, problems);
        java.util.Map<String, Translation> translations = translations(resources, descriptor, problems);
        CriteriaFiles.Result criteria = CriteriaFiles.read(descriptor.id(), descriptor.isVariant(), descriptor.criteria(),
                resources::read, resources::describe);
        criteria.problems().forEach(p -> problems.add(problem(p)));
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new Pack(descriptor, vocabulary, resources, criteria.criteria(), instruments, translations);
    }

    /**
     * The pack's translation files, read; a file that cannot be read, or is not shaped as one, is a problem. Whether its ids
     * exist and which texts it lacks is lint's to say, since neither stops the pack from working.
     */
    private static java.util.Map<String, Translation> translations(PackResources resources, PackDescriptor descriptor,
            List<PackProblem> problems) {
        java.util.Map<String, Translation> translations = new java.util.TreeMap<>();
        descriptor.translations().forEach((language, path) -> {
            String file = resources.describe(path);
            try {
                byte[] bytes;
                try {
                    bytes = resources.read(path);
                } catch (NoSuchFileException e) {
                    problems.add(missingTranslation(resources, language, path));
                    return;
                } catch (IOException e) {
                    throw new PackException(List.of(new PackProblem(file, 0, "cannot be read: " + ReadFailure.describe(e))));
                }
                TranslationFile raw = parse(file, bytes, TranslationFile.class);
                Lines lines = new Lines(new String(bytes, StandardCharsets.UTF_8));
                if (raw == null) {
                    problems.add(new PackProblem(file, 0, "the translation file is empty; it starts with language: " + language));
                    return;
                }
                int before = problems.size();
                if (raw.language() == null || !raw.language().strip().equals(language)) {
                    problems.add(new PackProblem(file, lines.of("language", null), "language is '" + raw.language() + "' but pack.yaml lists"
                            + " this file for '" + language + "'; write language: " + language));
                }
                if (descriptor.isVariant() && (raw.levels() != null || raw.domains() != null || raw.capabilities() != null)) {
                    problems.add(new PackProblem(file, lines.of(raw.levels() != null ? "levels" : raw.domains() != null ? "domains"
                            : "capabilities", null), "levels, domains and capabilities are the base pack's texts; a variant translates"
                            + " its criteria, keys and waivers"));
                }
                java.util.Map<Integer, String> names = new java.util.HashMap<>();
                java.util.Map<Integer, String> summaries = new java.util.HashMap<>();
                if (raw.capabilities() != null) {
                    raw.capabilities().forEach((id, text) -> {
                        if (text != null) {
                            names.put(id, text.name());
                            summaries.put(id, text.summary());
                        }
                    });
                }
                if (problems.size() == before) {
                    translations.put(language, new Translation(language, file, values(raw.levels()), values(raw.domains()), values(names),
                            values(summaries), values(raw.criteria()), values(raw.keys()), values(raw.waivers())));
                }
            } catch (PackException e) {
                problems.addAll(e.problems());
            }
        });
        return translations;
    }

    /** A translation file pack.yaml names but the pack does not hold: the entry of pack.yaml and the two ways to mend it. */
    private static PackProblem missingTranslation(PackResources resources, String language, String path) {
        int line = 0;
        try {
            Lines lines = new Lines(new String(resources.read(DESCRIPTOR), StandardCharsets.UTF_8));
            line = lines.of(language, path);
            line = line == 0 ? lines.of("translations", null) : line;
        } catch (IOException e) {
            // The descriptor was read a moment ago; without its text the problem is placed at the file.
        }
        return new PackProblem(resources.describe(DESCRIPTOR), line, "translations names " + language + ": " + path + ", but the pack"
                + " has no file " + path + " (looked for at " + resources.describe(path) + "); create it, starting with language: "
                + language + ", or remove " + language + " from translations");
    }

    /** A translation's texts without the ids it leaves empty, which count as missing. */
    private static <K> java.util.Map<K, String> values(java.util.Map<K, String> texts) {
        java.util.Map<K, String> kept = new java.util.HashMap<>();
        if (texts != null) {
            texts.forEach((id, text) -> {
                if (id != null && text != null && !text.isBlank()) {
                    kept.put(id, text.strip());
                }
            });
        }
        return kept;
    }

    /** The pack's instruments, checked, and every vocabulary key's {@code instrument} checked against them. */
    private static List<Instrument> instruments(PackResources resources, PackDescriptor descriptor, List<EvidenceKey> vocabulary,
            List<PackProblem> problems) {
        List<Instrument> instruments = List.of();
        if (descriptor.instruments() != null) {
            try {
                instruments = readInstruments(resources, descriptor);
            } catch (PackException e) {
                problems.addAll(e.problems().isEmpty() ? List.of(new PackProblem(resources.describe(descriptor.instruments()), 0,
                        e.getMessage())) : e.problems());
                return List.of();
            }
        }
        Set<String> ids = new HashSet<>();
        instruments.forEach(i -> ids.add(i.id()));
        for (EvidenceKey key : vocabulary) {
            if (key.instrument() != null && !ids.contains(key.instrument())) {
                String hint = Suggestion.hint(key.instrument(), ids);
                problems.add(new PackProblem(resources.describe(descriptor.vocabulary()), 0, "key " + key.key() + " names instrument '"
                        + key.instrument() + "', which " + (descriptor.instruments() == null ? "the pack does not list: pack.yaml names no"
                                + " instruments file (instruments: instruments.yaml)" : descriptor.instruments() + " does not list")
                        + (hint == null ? "" : "; " + hint)));
            }
        }
        return instruments;
    }

    /**
     * Reads what can be read of a pack, for lint: its problems go to the list, and its criteria files'
     * good criteria are kept, so that one bad criterion does not hide the problems of the others.
     *
     * @return the pack, or null when its descriptor or vocabulary cannot be read
     */
    public static Pack readForLint(PackResources resources, List<PackProblem> problems) {
        PackDescriptor descriptor;
        List<EvidenceKey> vocabulary;
        try {
            descriptor = readDescriptor(resources);
            vocabulary = readVocabulary(resources, descriptor);
        } catch (PackException e) {
            problems.addAll(e.problems().isEmpty() ? List.of(new PackProblem(resources.describe(DESCRIPTOR), 0, e.getMessage())) : e.problems());
            return null;
        }
        List<Instrument> instruments = instruments(resources, descriptor, vocabulary, problems);
        java.util.Map<String, Translation> translations = translations(resources, descriptor, problems);
        CriteriaFiles.Result criteria = CriteriaFiles.read(descriptor.id(), descriptor.isVariant(), descriptor.criteria(),
                resources::read, resources::describe);
        criteria.problems().forEach(p -> problems.add(problem(p)));
        return new Pack(descriptor, vocabulary, resources, criteria.criteria(), instruments, translations);
    }

    /** A criteria file's problem as a pack problem, at its line and column. */
    public static PackProblem problem(CriteriaProblem problem) {
        return new PackProblem(problem.where().file(), problem.where().line(), problem.where().column(), problem.message());
    }

    private record DescriptorFile(
            String id,
            String name,
            String version,
            Integer engineApi,
            @JsonProperty("extends") String base,
            List<String> appliesTo,
            List<String> rules,
            List<String> criteria,
            String vocabulary,
            List<Level> levels,
            List<Domain> domains,
            List<Capability> capabilities,
            List<Waiver> waive,
            String basis,
            String instruments,
            java.util.Map<String, String> translations) {
    }

    private record KeyFile(
            String key,
            Integer capability,
            String type,
            List<String> values,
            BigDecimal min,
            BigDecimal max,
            String unit,
            String description,
            Retired retired,
            String instrument) {
    }

    private record Retired(String since, String replacedBy, String reason) {
    }

    private record InstrumentFile(String id, String name, String kind, Period period, String adopted, String inForce, String asOf,
            String source) {
    }

    private record Period(Integer from, Integer to) {
    }

    private record TranslationFile(String language, java.util.Map<Integer, String> levels, java.util.Map<String, String> domains,
            java.util.Map<Integer, CapabilityText> capabilities, java.util.Map<String, String> criteria, java.util.Map<String, String> keys,
            java.util.Map<String, String> waivers) {
    }

    private record CapabilityText(String name, String summary) {
    }

    /** Finds the line of a field or list entry in a YAML text, for messages. */
    private record Lines(String text) {
        int of(String field, String value) {
            Pattern pattern = value == null
                    ? Pattern.compile("^[\\s-]*" + Pattern.quote(field) + "\\s*:", Pattern.MULTILINE)
                    : Pattern.compile("\\b" + Pattern.quote(field) + "\\s*:\\s*[\"']?" + Pattern.quote(value) + "\\b");
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? line(matcher.start()) : 0;
        }

        int line(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static PackDescriptor readDescriptor(PackResources resources) {
        String file = resources.describe(DESCRIPTOR);
        byte[] bytes = bytes(resources, DESCRIPTOR);
        DescriptorFile raw = parse(file, bytes, DescriptorFile.class);
        if (raw == null) {
            throw new PackException(List.of(new PackProblem(file, 0, "the descriptor is empty")));
        }
        Lines lines = new Lines(new String(bytes, StandardCharsets.UTF_8));
        List<PackProblem> problems = new ArrayList<>();
        if (raw.id() == null || raw.id().isBlank()) {
            problems.add(new PackProblem(file, lines.of("id", null), "id is missing or blank; give the pack an id such as 'mnr' or 'coe'"));
        } else if (!PACK_ID.matcher(raw.id()).matches()) {
            problems.add(new PackProblem(file, lines.of("id", null),
                    "id '" + raw.id() + "' must be lower-case letters, digits and dashes, starting with a letter"));
        }
        if (raw.name() == null || raw.name().isBlank()) {
            problems.add(new PackProblem(file, lines.of("name", null), "name is missing or blank"));
        }
        if (raw.version() == null || raw.version().isBlank()) {
            problems.add(new PackProblem(file, lines.of("version", null), "version is missing or blank"));
        } else if (SemanticVersion.parse(raw.version()).isEmpty()) {
            problems.add(new PackProblem(file, lines.of("version", null), "version '" + raw.version()
                    + "' is not a semantic version (semver.org); write MAJOR.MINOR.PATCH, e.g. 1.0.0"));
        }
        if (raw.engineApi() == null) {
            problems.add(new PackProblem(file, 0, "engineApi is missing; this engine implements API " + ENGINE_API));
        } else if (raw.engineApi() != ENGINE_API) {
            problems.add(new PackProblem(file, lines.of("engineApi", null), "the pack needs engine API " + raw.engineApi()
                    + " but this engine implements API " + ENGINE_API + "; use a pack version built for this engine"));
        }
        if (raw.base() == null && nullToEmpty(raw.rules()).isEmpty() && nullToEmpty(raw.criteria()).isEmpty()) {
            problems.add(new PackProblem(file, lines.of("criteria", null), "criteria lists no criteria file (and rules no DRL file)"));
        }
        if (raw.vocabulary() == null || raw.vocabulary().isBlank()) {
            problems.add(new PackProblem(file, lines.of("vocabulary", null), "vocabulary names no file"));
        }
        String base = raw.base() == null ? null : raw.base().strip().split("\\s+", 2)[0];
        VersionRange baseVersions = VersionRange.ANY;
        if (base != null) {
            String range = raw.base().strip().substring(base.length());
            Optional<VersionRange> parsed = VersionRange.parse(range);
            if (parsed.isEmpty()) {
                problems.add(new PackProblem(file, lines.of("extends", null), "extends '" + raw.base().strip() + "': '" + range.strip()
                        + "' is not a version range; write the base's id and comparisons of versions, e.g. extends: mnr >=1.1 <3"));
            } else {
                baseVersions = parsed.get();
            }
        }
        Framework framework = null;
        if (raw.base() == null) {
            framework = checkFramework(file, lines, raw, problems);
            if (raw.appliesTo() != null && !raw.appliesTo().isEmpty()) {
                problems.add(new PackProblem(file, lines.of("appliesTo", null), "appliesTo is for variants; a base pack applies to every country"));
            }
            if (raw.waive() != null && !raw.waive().isEmpty()) {
                problems.add(new PackProblem(file, lines.of("waive", null), "waive is for variants; a base pack has no criteria to waive"));
            }
        } else {
            if (raw.levels() != null || raw.domains() != null || raw.capabilities() != null) {
                problems.add(new PackProblem(file, lines.of("extends", null),
                        "a variant (extends " + raw.base() + ") cannot define levels, domains or capabilities"));
            }
            if (raw.appliesTo() == null || raw.appliesTo().isEmpty()) {
                problems.add(new PackProblem(file, lines.of("appliesTo", null),
                        "appliesTo lists no membership code; a variant must say whom it applies to"));
            }
            for (Waiver waiver : nullToEmpty(raw.waive())) {
                if (waiver.id() == null || waiver.id().isBlank() || waiver.reason() == null || waiver.reason().isBlank()) {
                    problems.add(new PackProblem(file, waiver.id() == null ? lines.of("waive", null) : lines.of("id", waiver.id()),
                            "every waive entry needs an id and a reason"));
                }
            }
        }
        if (raw.basis() != null && raw.basis().isBlank()) {
            problems.add(new PackProblem(file, lines.of("basis", null), "basis is blank; say what the pack encodes, e.g. the edition of"
                    + " the model and of its maturity levels, or leave the field out"));
        }
        if (raw.instruments() != null && raw.instruments().isBlank()) {
            problems.add(new PackProblem(file, lines.of("instruments", null), "instruments names no file; name the pack's instruments"
                    + " file, e.g. instruments: instruments.yaml, or leave the field out"));
        }
        java.util.Map<String, String> translations = raw.translations() == null ? java.util.Map.of() : raw.translations();
        translations.forEach((language, path) -> {
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                problems.add(new PackProblem(file, lines.of("translations", null), "translations names language '" + language
                        + "'; a language is its two-letter ISO 639-1 code in lower case, e.g. fr or es"));
            } else if (language.equals("en")) {
                problems.add(new PackProblem(file, lines.of("translations", null), "translations names English (en); the pack's own"
                        + " texts are English, so list only other languages"));
            }
            if (path == null || path.isBlank()) {
                problems.add(new PackProblem(file, lines.of("translations", null), "the translation for " + language
                        + " names no file; write e.g. " + language + ": i18n/" + language + ".yaml"));
            }
        });
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new PackDescriptor(raw.id(), raw.name(), raw.version(), raw.engineApi(), base,
                nullToEmpty(raw.appliesTo()), nullToEmpty(raw.rules()), nullToEmpty(raw.criteria()), raw.vocabulary(), framework,
                nullToEmpty(raw.waive()), baseVersions, raw.basis() == null ? null : raw.basis().strip(), raw.instruments(), translations);
    }

    private static Framework checkFramework(String file, Lines lines, DescriptorFile raw, List<PackProblem> problems) {
        List<Level> levels = nullToEmpty(raw.levels());
        for (int level = 0; level <= Framework.TOP_LEVEL; level++) {
            int wanted = level;
            if (levels.stream().noneMatch(l -> l.level() == wanted && l.name() != null && !l.name().isBlank())) {
                problems.add(new PackProblem(file, lines.of("levels", null), "levels has no name for level " + level));
            }
        }
        List<Domain> domains = nullToEmpty(raw.domains());
        List<Capability> capabilities = nullToEmpty(raw.capabilities());
        if (domains.isEmpty() || capabilities.isEmpty()) {
            problems.add(new PackProblem(file, 0, "a base pack must define domains and capabilities"));
        }
        Set<Integer> seen = new HashSet<>();
        for (Capability capability : capabilities) {
            int line = lines.of("id", String.valueOf(capability.id()));
            if (!seen.add(capability.id())) {
                problems.add(new PackProblem(file, line, "capability " + capability.id() + " is defined twice"));
            }
            if (domains.stream().noneMatch(d -> d.id().equals(capability.domain()))) {
                problems.add(new PackProblem(file, line, "capability " + capability.id() + " names unknown domain " + capability.domain()));
            }
        }
        for (Domain domain : domains) {
            for (int id : domain.capabilities()) {
                if (capabilities.stream().noneMatch(c -> c.id() == id && c.domain().equals(domain.id()))) {
                    problems.add(new PackProblem(file, lines.of("id", domain.id()), "domain " + domain.id() + " lists capability " + id
                            + ", which is not defined with that domain"));
                }
            }
        }
        return new Framework(levels.stream().sorted((a, b) -> Integer.compare(a.level(), b.level())).toList(),
                domains, capabilities.stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).toList());
    }

    private static List<EvidenceKey> readVocabulary(PackResources resources, PackDescriptor descriptor) {
        String file = resources.describe(descriptor.vocabulary());
        byte[] bytes = bytes(resources, descriptor.vocabulary());
        List<PackProblem> problems = new ArrayList<>();
        List<EvidenceKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String variantPrefix = descriptor.id() + ".";
        for (Entry<KeyFile> entry : entries(file, bytes, KeyFile.class, "the vocabulary is a list of keys, each starting with '- key:'")) {
            KeyFile raw = entry.value();
            int line = entry.line();
            String key = raw.key();
            if (key == null || !EVIDENCE_KEY.matcher(key).matches()) {
                problems.add(new PackProblem(file, line, "key '" + key + "' must be dotted lower-case words, e.g. governance.body.exists"));
                continue;
            }
            if (!seen.add(key)) {
                problems.add(new PackProblem(file, line, "key " + key + " is defined twice"));
            }
            if (descriptor.isVariant() && !key.startsWith(variantPrefix)) {
                problems.add(new PackProblem(file, line, "key " + key + " of variant " + descriptor.id() + " must start with '" + variantPrefix + "'"));
            }
            ValueType type = raw.type() == null ? null : ValueType.fromId(raw.type().toLowerCase(Locale.ROOT)).orElse(null);
            if (type == null) {
                problems.add(new PackProblem(file, line, "key " + key + " has type '" + raw.type() + "'; use boolean, number, date, enum or set"));
                continue;
            }
            List<String> values = nullToEmpty(raw.values());
            if ((type == ValueType.ENUM || type == ValueType.SET) && values.isEmpty()) {
                problems.add(new PackProblem(file, line, "key " + key + " is of type " + type.id() + " but lists no values"));
            }
            if (type != ValueType.ENUM && type != ValueType.SET && !values.isEmpty()) {
                problems.add(new PackProblem(file, line, "key " + key + " is of type " + type.id() + " and cannot list values"));
            }
            if (new HashSet<>(values).size() != values.size()) {
                problems.add(new PackProblem(file, line, "key " + key + " lists a value twice"));
            }
            if (type != ValueType.NUMBER && (raw.min() != null || raw.max() != null)) {
                problems.add(new PackProblem(file, line, "key " + key + " is of type " + type.id() + " and cannot have min or max"));
            }
            if (raw.min() != null && raw.max() != null && raw.min().compareTo(raw.max()) > 0) {
                problems.add(new PackProblem(file, line, "key " + key + " has min greater than max"));
            }
            if (raw.capability() == null) {
                problems.add(new PackProblem(file, line, "key " + key + " names no capability"));
            }
            if (raw.description() == null || raw.description().isBlank()) {
                problems.add(new PackProblem(file, line, "key " + key + " has no description"));
            }
            if (raw.retired() != null && (raw.retired().since() == null || raw.retired().since().isBlank())) {
                problems.add(new PackProblem(file, line, "key " + key + " is retired but does not say since which pack version;"
                        + " write retired: {since: 1.1.0, replacedBy: the.new.key}"));
            }
            if (raw.retired() != null && raw.retired().replacedBy() != null && raw.retired().replacedBy().equals(key)) {
                problems.add(new PackProblem(file, line, "key " + key + " is replaced by itself; a key that changes meaning is retired"
                        + " and replaced by a new key name"));
            }
            keys.add(new EvidenceKey(key, raw.capability() == null ? 0 : raw.capability(), type, values,
                    raw.min(), raw.max(), raw.unit(), raw.description(), descriptor.id(),
                    raw.retired() == null ? null : raw.retired().since(), raw.retired() == null ? null : raw.retired().replacedBy(),
                    raw.retired() == null || raw.retired().reason() == null || raw.retired().reason().isBlank() ? null
                            : raw.retired().reason().strip(),
                    raw.instrument() == null || raw.instrument().isBlank() ? null : raw.instrument().strip()));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return keys;
    }

    private static List<Instrument> readInstruments(PackResources resources, PackDescriptor descriptor) {
        String file = resources.describe(descriptor.instruments());
        byte[] bytes = bytes(resources, descriptor.instruments());
        List<PackProblem> problems = new ArrayList<>();
        List<Instrument> instruments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry<InstrumentFile> entry : entries(file, bytes, InstrumentFile.class, "the instruments file is a list of instruments,"
                + " each starting with '- id:'")) {
            InstrumentFile raw = entry.value();
            int line = entry.line();
            int before = problems.size();
            String id = raw.id();
            if (id == null || !INSTRUMENT_ID.matcher(id).matches()) {
                problems.add(new PackProblem(file, line, "instrument id '" + id + "' must be lower-case letters, digits and dashes,"
                        + " e.g. asean-rpa-2021-2025"));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(new PackProblem(file, line, "instrument " + id + " is listed twice"));
            }
            if (raw.name() == null || raw.name().isBlank()) {
                problems.add(new PackProblem(file, line, "instrument " + id + " has no name"));
            }
            Instrument.Kind kind = null;
            List<String> kinds = java.util.Arrays.stream(Instrument.Kind.values()).map(Instrument.Kind::id).toList();
            if (raw.kind() == null || !kinds.contains(raw.kind())) {
                String hint = raw.kind() == null ? null : Suggestion.hint(raw.kind(), kinds);
                problems.add(new PackProblem(file, line, "instrument " + id + " has kind '" + raw.kind() + "'" + (hint == null ? "" : "; "
                        + hint) + "; the kinds are " + String.join(", ", kinds)));
            } else {
                kind = Instrument.Kind.valueOf(raw.kind().toUpperCase(Locale.ROOT));
            }
            Integer from = raw.period() == null ? null : raw.period().from();
            Integer to = raw.period() == null ? null : raw.period().to();
            if (from != null && to != null && from > to) {
                problems.add(new PackProblem(file, line, "instrument " + id + " has a period from " + from + " to " + to
                        + "; the first year comes first"));
            }
            java.time.LocalDate adopted = date(file, line, id, "adopted", raw.adopted(), false, problems);
            java.time.LocalDate inForce = date(file, line, id, "inForce", raw.inForce(), false, problems);
            java.time.LocalDate asOf = date(file, line, id, "asOf", raw.asOf(), true, problems);
            if (raw.source() == null || raw.source().isBlank()) {
                problems.add(new PackProblem(file, line, "instrument " + id + " has no source; say where its facts come from"));
            }
            if (problems.size() == before) {
                instruments.add(new Instrument(id, raw.name().strip(), kind, from, to, adopted, inForce, asOf, raw.source().strip(),
                        descriptor.id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return instruments;
    }

    private static java.time.LocalDate date(String file, int line, String id, String field, String text, boolean required,
            List<PackProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new PackProblem(file, line, "instrument " + id + " has no " + field + "; give the date these facts were"
                        + " last checked, e.g. " + field + ": 2026-11-30"));
            }
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new PackProblem(file, line, "instrument " + id + ": " + field + " '" + text + "' is not a date; write yyyy-mm-dd,"
                    + " e.g. 2021-10-01"));
            return null;
        }
    }

    /** One entry of a YAML list, with the line it starts on. */
    private record Entry<T>(T value, int line) {
    }

    private static <T> List<Entry<T>> entries(String file, byte[] bytes, Class<T> type, String shape) {
        List<Entry<T>> entries = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return entries;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new PackException(List.of(new PackProblem(file, line(parser.currentTokenLocation()), shape)));
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser.currentTokenLocation());
                entries.add(new Entry<>(YAML.readValue(parser, type), line));
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return entries;
    }

    private static byte[] bytes(PackResources resources, String relativePath) {
        try {
            return resources.read(relativePath);
        } catch (IOException e) {
            throw new PackException(List.of(new PackProblem(resources.describe(relativePath), 0, "cannot be read: " + ReadFailure.describe(e))));
        }
    }

    private static <T> T parse(String file, byte[] bytes, Class<T> type) {
        try {
            return YAML.readValue(bytes, type);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** A YAML file that cannot be read as its type: the field, the syntax error or the I/O failure, at its line, in the author's terms. */
    private static PackException unreadable(String file, IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            String hint = Suggestion.hint(unknown.getPropertyName(), known);
            return new PackException(List.of(new PackProblem(file, line(unknown.getLocation()), column(unknown.getLocation()), "unknown field '"
                    + unknown.getPropertyName() + "'" + (hint == null ? "" : "; " + hint) + "; known fields: " + String.join(", ", known))));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "item " + (r.getIndex() + 1))
                    .collect(java.util.stream.Collectors.joining(" > "));
            return new PackException(List.of(new PackProblem(file, line(mismatch.getLocation()), column(mismatch.getLocation()),
                    (field.isEmpty() ? "the file" : field) + " has the wrong form here: check it against the pack documentation"
                            + " (a list is written with '- ', fields as 'name: value', numbers without quotes)")));
        }
        if (e instanceof JsonProcessingException syntax && YamlSyntax.explain(syntax).tab()) {
            YamlSyntax.Explanation tab = YamlSyntax.explain(syntax);
            return new PackException(List.of(new PackProblem(file, tab.line(), tab.column(), tab.message() + ": " + YamlSyntax.TAB_HINT)));
        }
        if (e instanceof JsonProcessingException syntax) {
            return new PackException(List.of(new PackProblem(file, line(syntax.getLocation()), column(syntax.getLocation()),
                    "this is not valid YAML: check the indentation, that every field is written 'name: value', and put text holding"
                            + " ': ' or ' #' in quotes")));
        }
        return new PackException(List.of(new PackProblem(file, 0, "cannot be read: " + ReadFailure.describe(e))));
    }

    private static int column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 0 : location.getLineNr();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
