package org.mnr.engine.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Level;
import org.mnr.engine.model.ValueType;

/** Reads and checks a pack's descriptor and vocabulary; every problem names the file and line. */
public final class PackReader {

    /** The descriptor's file name, in the pack's folder. */
    public static final String DESCRIPTOR = "pack.yaml";

    /** The engine API version this engine implements; packs declare the one they need. */
    public static final int ENGINE_API = 1;

    private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern EVIDENCE_KEY = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private PackReader() {
    }

    /** Reads the pack whose files the resources give. */
    public static Pack read(PackResources resources) {
        PackDescriptor descriptor = readDescriptor(resources);
        List<EvidenceKey> vocabulary = readVocabulary(resources, descriptor);
        return new Pack(descriptor, vocabulary, resources);
    }

    private record DescriptorFile(
            String id,
            String name,
            String version,
            Integer engineApi,
            @JsonProperty("extends") String base,
            List<String> appliesTo,
            List<String> rules,
            String vocabulary,
            List<Level> levels,
            List<Domain> domains,
            List<Capability> capabilities,
            List<Waiver> waive) {
    }

    private record KeyFile(
            String key,
            Integer capability,
            String type,
            List<String> values,
            BigDecimal min,
            BigDecimal max,
            String unit,
            String description) {
    }

    private static PackDescriptor readDescriptor(PackResources resources) {
        String file = resources.describe(DESCRIPTOR);
        DescriptorFile raw = parse(resources, DESCRIPTOR, DescriptorFile.class);
        if (raw == null) {
            throw new PackException(file + ": the descriptor is empty");
        }
        List<String> problems = new ArrayList<>();
        if (raw.id() == null || raw.id().isBlank()) {
            problems.add(file + ": id is missing or blank; give the pack an id such as 'mnr' or 'coe'");
        } else if (!PACK_ID.matcher(raw.id()).matches()) {
            problems.add(file + ": id '" + raw.id() + "' must be lower-case letters, digits and dashes, starting with a letter");
        }
        if (raw.name() == null || raw.name().isBlank()) {
            problems.add(file + ": name is missing or blank");
        }
        if (raw.version() == null || raw.version().isBlank()) {
            problems.add(file + ": version is missing or blank");
        }
        if (raw.engineApi() == null) {
            problems.add(file + ": engineApi is missing; this engine implements API " + ENGINE_API);
        } else if (raw.engineApi() != ENGINE_API) {
            problems.add(file + ": the pack needs engine API " + raw.engineApi() + " but this engine implements API "
                    + ENGINE_API + "; use a pack version built for this engine");
        }
        if (raw.rules() == null || raw.rules().isEmpty()) {
            problems.add(file + ": rules lists no DRL file");
        }
        if (raw.vocabulary() == null || raw.vocabulary().isBlank()) {
            problems.add(file + ": vocabulary names no file");
        }
        Framework framework = null;
        if (raw.base() == null) {
            framework = checkFramework(file, raw, problems);
            if (raw.appliesTo() != null && !raw.appliesTo().isEmpty()) {
                problems.add(file + ": appliesTo is for variants; a base pack applies to every country");
            }
            if (raw.waive() != null && !raw.waive().isEmpty()) {
                problems.add(file + ": waive is for variants; a base pack has no criteria to waive");
            }
        } else {
            if (raw.levels() != null || raw.domains() != null || raw.capabilities() != null) {
                problems.add(file + ": a variant (extends " + raw.base() + ") cannot define levels, domains or capabilities");
            }
            if (raw.appliesTo() == null || raw.appliesTo().isEmpty()) {
                problems.add(file + ": appliesTo lists no membership code; a variant must say whom it applies to");
            }
            for (Waiver waiver : nullToEmpty(raw.waive())) {
                if (waiver.id() == null || waiver.id().isBlank() || waiver.reason() == null || waiver.reason().isBlank()) {
                    problems.add(file + ": every waive entry needs an id and a reason");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(String.join(System.lineSeparator(), problems));
        }
        return new PackDescriptor(raw.id(), raw.name(), raw.version(), raw.engineApi(), raw.base(),
                nullToEmpty(raw.appliesTo()), raw.rules(), raw.vocabulary(), framework, nullToEmpty(raw.waive()));
    }

    private static Framework checkFramework(String file, DescriptorFile raw, List<String> problems) {
        List<Level> levels = nullToEmpty(raw.levels());
        for (int level = 0; level <= Framework.TOP_LEVEL; level++) {
            int wanted = level;
            if (levels.stream().noneMatch(l -> l.level() == wanted && l.name() != null && !l.name().isBlank())) {
                problems.add(file + ": levels has no name for level " + level);
            }
        }
        List<Domain> domains = nullToEmpty(raw.domains());
        List<Capability> capabilities = nullToEmpty(raw.capabilities());
        if (domains.isEmpty() || capabilities.isEmpty()) {
            problems.add(file + ": a base pack must define domains and capabilities");
        }
        Set<Integer> seen = new HashSet<>();
        for (Capability capability : capabilities) {
            if (!seen.add(capability.id())) {
                problems.add(file + ": capability " + capability.id() + " is defined twice");
            }
            if (domains.stream().noneMatch(d -> d.id().equals(capability.domain()))) {
                problems.add(file + ": capability " + capability.id() + " names unknown domain " + capability.domain());
            }
        }
        for (Domain domain : domains) {
            for (int id : domain.capabilities()) {
                if (capabilities.stream().noneMatch(c -> c.id() == id && c.domain().equals(domain.id()))) {
                    problems.add(file + ": domain " + domain.id() + " lists capability " + id
                            + ", which is not defined with that domain");
                }
            }
        }
        return new Framework(levels.stream().sorted((a, b) -> Integer.compare(a.level(), b.level())).toList(),
                domains, capabilities.stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).toList());
    }

    private static List<EvidenceKey> readVocabulary(PackResources resources, PackDescriptor descriptor) {
        String file = resources.describe(descriptor.vocabulary());
        KeyFile[] raw = parse(resources, descriptor.vocabulary(), KeyFile[].class);
        List<String> problems = new ArrayList<>();
        List<EvidenceKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String variantPrefix = descriptor.id() + ".";
        for (KeyFile entry : raw == null ? new KeyFile[0] : raw) {
            String key = entry.key();
            if (key == null || !EVIDENCE_KEY.matcher(key).matches()) {
                problems.add(file + ": key '" + key + "' must be dotted lower-case words, e.g. governance.body.exists");
                continue;
            }
            if (!seen.add(key)) {
                problems.add(file + ": key " + key + " is defined twice");
            }
            if (descriptor.isVariant() && !key.startsWith(variantPrefix)) {
                problems.add(file + ": key " + key + " of variant " + descriptor.id() + " must start with '" + variantPrefix + "'");
            }
            ValueType type = entry.type() == null ? null : ValueType.fromId(entry.type().toLowerCase(Locale.ROOT)).orElse(null);
            if (type == null) {
                problems.add(file + ": key " + key + " has type '" + entry.type() + "'; use boolean, number, date, enum or set");
                continue;
            }
            List<String> values = nullToEmpty(entry.values());
            if ((type == ValueType.ENUM || type == ValueType.SET) && values.isEmpty()) {
                problems.add(file + ": key " + key + " is of type " + type.id() + " but lists no values");
            }
            if (type != ValueType.ENUM && type != ValueType.SET && !values.isEmpty()) {
                problems.add(file + ": key " + key + " is of type " + type.id() + " and cannot list values");
            }
            if (new HashSet<>(values).size() != values.size()) {
                problems.add(file + ": key " + key + " lists a value twice");
            }
            if (type != ValueType.NUMBER && (entry.min() != null || entry.max() != null)) {
                problems.add(file + ": key " + key + " is of type " + type.id() + " and cannot have min or max");
            }
            if (entry.min() != null && entry.max() != null && entry.min().compareTo(entry.max()) > 0) {
                problems.add(file + ": key " + key + " has min greater than max");
            }
            if (entry.capability() == null) {
                problems.add(file + ": key " + key + " names no capability");
            }
            if (entry.description() == null || entry.description().isBlank()) {
                problems.add(file + ": key " + key + " has no description");
            }
            keys.add(new EvidenceKey(key, entry.capability() == null ? 0 : entry.capability(), type, values,
                    entry.min(), entry.max(), entry.unit(), entry.description(), descriptor.id()));
        }
        if (!problems.isEmpty()) {
            throw new PackException(String.join(System.lineSeparator(), problems));
        }
        return keys;
    }

    private static <T> T parse(PackResources resources, String relativePath, Class<T> type) {
        String file = resources.describe(relativePath);
        try {
            return YAML.readValue(resources.read(relativePath), type);
        } catch (UnrecognizedPropertyException e) {
            throw new PackException(file + where(e.getLocation()) + ": unknown field '" + e.getPropertyName()
                    + "'; known fields: " + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()), e);
        } catch (JsonProcessingException e) {
            throw new PackException(file + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PackException(file + ": cannot be read: " + e, e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
