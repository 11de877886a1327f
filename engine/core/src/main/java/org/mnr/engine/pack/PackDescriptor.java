package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Objects;
import org.mnr.engine.model.Framework;

/**
 * What a pack's {@code pack.yaml} says about it.
 *
 * @param id the pack id: lower-case letters, digits and dashes, e.g. {@code mnr} or {@code coe}
 * @param name a human name, e.g. {@code Council of Europe}
 * @param version the pack's version, e.g. {@code 1.0.0}
 * @param engineApi the engine API version the pack needs
 * @param base for a variant, the id of the pack it changes; null for a base pack
 * @param appliesTo for a variant, the membership codes it applies to; empty for a base pack
 * @param rules the DRL files of its hand-written criteria, relative to the descriptor's folder
 * @param criteria its criteria files, relative to the descriptor's folder
 * @param vocabulary the evidence vocabulary file, relative to the descriptor's folder
 * @param framework the levels, domains and capabilities a base pack defines; null for a variant
 * @param waive the base criteria a variant waives in its descriptor; its criteria files may waive more
 * @param baseVersions for a variant, the versions of its base it was written for ({@code extends: mnr >=1.1 <3});
 *        {@link VersionRange#ANY} when it names none, and for a base pack
 * @param basis what the pack encodes, e.g. the edition of the MNR and of its maturity model; null when it does not say
 *        (since 1.2)
 * @param instruments the file of the instruments its criteria cite, relative to the descriptor's folder, or null
 *        (since 1.2)
 * @param translations its translation files by language code ({@code fr}, {@code es}), relative to the descriptor's
 *        folder, sorted by language; empty when it has none (since 1.2)
 */
@API(status = STABLE, since = "1.0")
public record PackDescriptor(
        String id,
        String name,
        String version,
        int engineApi,
        String base,
        List<String> appliesTo,
        List<String> rules,
        List<String> criteria,
        String vocabulary,
        Framework framework,
        List<Waiver> waive,
        @API(status = EXPERIMENTAL, since = "1.1") VersionRange baseVersions,
        @API(status = EXPERIMENTAL, since = "1.2") String basis,
        @API(status = EXPERIMENTAL, since = "1.2") String instruments,
        @API(status = EXPERIMENTAL, since = "1.2") Map<String, String> translations) {

    /** Validates and copies the fields; null translations are none. */
    public PackDescriptor {
        Objects.requireNonNull(id, "id");
        baseVersions = baseVersions == null ? VersionRange.ANY : baseVersions;
        appliesTo = List.copyOf(appliesTo);
        rules = List.copyOf(rules);
        criteria = List.copyOf(criteria);
        waive = List.copyOf(waive);
        translations = translations == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    /** A descriptor without basis, instruments or translations, as 1.1 read them. */
    public PackDescriptor(String id, String name, String version, int engineApi, String base, List<String> appliesTo, List<String> rules,
            List<String> criteria, String vocabulary, Framework framework, List<Waiver> waive, VersionRange baseVersions) {
        this(id, name, version, engineApi, base, appliesTo, rules, criteria, vocabulary, framework, waive, baseVersions, null, null,
                Map.of());
    }

    /**
     * Every file the descriptor lists, relative to its folder, sorted: vocabulary, criteria and DRL files, instruments and
     * translations; the descriptor itself is not among them.
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public SortedSet<String> files() {
        SortedSet<String> files = new TreeSet<>();
        if (vocabulary != null) {
            files.add(vocabulary);
        }
        files.addAll(criteria);
        files.addAll(rules);
        if (instruments != null) {
            files.add(instruments);
        }
        files.addAll(translations.values());
        return Collections.unmodifiableSortedSet(files);
    }

    /** A descriptor whose variant was written for any version of its base, as in 1.0. */
    public PackDescriptor(String id, String name, String version, int engineApi, String base, List<String> appliesTo, List<String> rules,
            List<String> criteria, String vocabulary, Framework framework, List<Waiver> waive) {
        this(id, name, version, engineApi, base, appliesTo, rules, criteria, vocabulary, framework, waive, VersionRange.ANY);
    }

    /** Whether this pack changes another pack rather than defining the framework. */
    public boolean isVariant() {
        return base != null;
    }

    /** The prefix of the ids of criteria this variant adds, e.g. {@code COE.}. */
    public String addedIdPrefix() {
        return id.toUpperCase(java.util.Locale.ROOT) + ".";
    }
}
