package org.mnr.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.CheckedEvidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceFormat;
import org.mnr.engine.evidence.EvidenceFormats;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.internal.evidence.EvidenceValidator;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.evidence.Wording;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.BrokenPack;
import org.mnr.engine.pack.PackSet;

/**
 * Checks evidence against the loaded packs' vocabulary without compiling any rule, so validating is
 * as fast as reading.
 *
 * <p>Get one from {@link MaturityEngine.Builder#buildChecker()}, or from an engine with
 * {@link MaturityEngine#checker()}. Immutable and thread-safe.
 */
@API(status = INTERNAL, since = "1.0")
public final class EvidenceChecker {

    /** The line a reader ends its problems with when it listed only some. */
    private static final Pattern NOT_LISTED = Pattern.compile("(?:(\\d+) )?more problems are not listed");

    /** The membership codes of the model (docs/model.md), known even when their variant is not loaded. */
    public static final Set<String> MODEL_MEMBERSHIPS = Set.of("CoE", "EU", "AU", "ASEAN");

    private final PackSet packs;
    private final EvidenceReader reader;
    private final EvidenceValidator validator;
    private final Map<String, EvidenceKey> vocabulary;
    private final EvidenceFormats formats;
    private final EvidenceFormat.Context context;

    EvidenceChecker(PackSet packs, EvidenceLimits limits, ClassLoader loader) {
        this.packs = packs;
        this.reader = new EvidenceReader(limits);
        this.formats = EvidenceFormats.available(loader);
        Map<String, EvidenceKey> keys = new HashMap<>();
        Set<String> memberships = new TreeSet<>(MODEL_MEMBERSHIPS);
        for (Pack pack : packs.all()) {
            pack.vocabulary().forEach(k -> keys.put(k.key(), k));
            memberships.addAll(pack.descriptor().appliesTo());
        }
        // A broken variant's memberships stay known, so that its countries are told the variant is broken, not misspelt.
        packs.broken().forEach(b -> memberships.addAll(b.pack().descriptor().appliesTo()));
        this.vocabulary = Map.copyOf(keys);
        this.context = new EvidenceFormat.Context(limits, vocabulary);
        this.validator = new EvidenceValidator(vocabulary.values(), memberships);
    }

    /** The loaded packs. */
    public PackSet packs() {
        return packs;
    }

    /** The limits within which evidence files are read. */
    public EvidenceLimits evidenceLimits() {
        return reader.limits();
    }

    /** The reader evidence files are read with, within the limits. */
    public EvidenceReader evidenceReader() {
        return reader;
    }

    /** Every evidence key of every loaded pack. */
    public Map<String, EvidenceKey> vocabulary() {
        return vocabulary;
    }

    /** The evidence formats this checker reads: those on the class path of the engine's class loader. */
    public EvidenceFormats formats() {
        return formats;
    }

    /** Reads an evidence file in the format its name gives, within the limits, without checking it. */
    public ParsedEvidence read(Path file) {
        return formats.read(file, context);
    }

    /** Reads one evidence document in the named format, within the limits, without checking it. */
    public ParsedEvidence read(InputStream input, String format, String origin) {
        return formats.read(input, format, origin, context);
    }

    /** Every problem in an evidence file, read within the limits, errors and warnings, in file order, without scoring it. */
    public List<Problem> validate(Path file, Variants variants) {
        return validate(read(file), variants);
    }

    /** Every problem in evidence, errors and warnings, without scoring it. */
    public List<Problem> validate(Evidence evidence, Variants variants) {
        return capped(evidence.origin(), check(evidence, variants).problems());
    }

    /** Every problem in what a reader read, errors and warnings, in file order, without scoring it. */
    public List<Problem> validate(ParsedEvidence parsed, Variants variants) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.evidence() != null) {
            problems.addAll(parsed.located(validate(parsed.evidence(), variants)));
        } else if (parsed.partial() != null) {
            ParsedEvidence.Partial partial = parsed.partial();
            if (partial.countryCode() != null) {
                problems.addAll(parsed.located(validator.checkCountry(parsed.origin(), partial.countryCode(), partial.memberships())));
            }
            Set<String> applicable = new LinkedHashSet<>(applicableVariants(partial.memberships(), variants));
            applicable.add(packs.base().id());
            problems.addAll(parsed.located(brokenVariants(parsed.origin(), partial.memberships(), variants)));
            problems.addAll(parsed.located(validator.checkItems(parsed.origin(), partial.items(), applicable)));
        }
        // One list in file order: the reader's problems and the packs' interleave by line, whoever found them.
        problems.sort(ParsedEvidence.IN_FILE_ORDER);
        return capped(parsed.origin(), problems);
    }

    /**
     * The first {@value EvidenceReader#MAX_LISTED_PROBLEMS} problems and a line saying how many more there are, whatever
     * the file's format: a file with a problem in every item is one mistake repeated, and a person reads only the start.
     */
    private static List<Problem> capped(String file, List<Problem> problems) {
        List<Problem> real = new ArrayList<>();
        int hidden = 0;
        boolean said = false;
        for (Problem problem : problems) {
            Matcher notListed = NOT_LISTED.matcher(problem.message());
            if (notListed.matches()) {
                said = true;
                hidden += notListed.group(1) == null ? 0 : Integer.parseInt(notListed.group(1));
            } else {
                real.add(problem);
            }
        }
        if (real.size() <= EvidenceReader.MAX_LISTED_PROBLEMS && !said) {
            return problems;
        }
        List<Problem> listed = new ArrayList<>(real.subList(0, Math.min(real.size(), EvidenceReader.MAX_LISTED_PROBLEMS)));
        int more = hidden + Math.max(0, real.size() - EvidenceReader.MAX_LISTED_PROBLEMS);
        listed.add(Problem.error(ProblemCode.EVIDENCE_INVALID, file == null ? "" : file, Place.at(""),
                more > 0 ? Wording.of("evidence.too-many", Integer.toString(more)) : Wording.of("evidence.too-many.uncounted")));
        return listed;
    }

    /**
     * Checks evidence with the variants chosen for its country; a broken variant that would apply is an error naming it
     * and why it cannot be used, so that nothing is scored without it unasked.
     */
    CheckedEvidence check(Evidence evidence, Variants variants) {
        CheckedEvidence checked = check(evidence, applicableVariants(evidence.country().memberships(), variants));
        List<Problem> broken = brokenVariants(evidence.origin(), evidence.country().memberships(), variants);
        if (broken.isEmpty()) {
            return checked;
        }
        List<Problem> problems = new ArrayList<>(broken);
        problems.addAll(checked.problems());
        return new CheckedEvidence(checked.evidence(), checked.facts(), checked.items(), problems);
    }

    /** An error for each broken variant that the choice of variants would use for a country with these memberships. */
    private List<Problem> brokenVariants(String origin, List<String> memberships, Variants variants) {
        List<Problem> problems = new ArrayList<>();
        for (BrokenPack broken : packs.broken()) {
            List<String> appliesTo = broken.pack().descriptor().appliesTo();
            boolean chosen = switch (variants.mode()) {
                case NAMED -> variants.ids().contains(broken.pack().id());
                case FROM_MEMBERSHIPS -> appliesTo.stream().anyMatch(memberships::contains);
                case NONE -> false;
            };
            if (chosen) {
                Wording why = variants.mode() == Variants.Mode.NAMED ? Wording.of("evidence.variant.named")
                        : Wording.of("evidence.variant.memberships", String.join(", ", appliesTo.stream().filter(memberships::contains).toList()));
                problems.add(Problem.error(ProblemCode.PACK_BROKEN_VARIANT, origin == null ? "" : origin,
                        Place.at(variants.mode() == Variants.Mode.NAMED ? "" : "/country/memberships"),
                        Wording.of("evidence.variant.broken", broken.pack().id(), broken.reason(), packs.base().id(), packs.base().version())
                                .with(why)));
            }
        }
        return problems;
    }

    /** Checks evidence for a country to which the given variants apply. */
    CheckedEvidence check(Evidence evidence, List<String> applicable) {
        Set<String> ids = new LinkedHashSet<>(applicable);
        ids.add(packs.base().id());
        return validator.check(evidence, ids);
    }

    /**
     * The ids of the variants that apply to a country with these memberships, sorted.
     *
     * @throws IllegalArgumentException when a named variant is not loaded
     */
    public List<String> applicableVariants(List<String> memberships, Variants variants) {
        Objects.requireNonNull(variants, "variants");
        Set<String> ids = new TreeSet<>();
        switch (variants.mode()) {
            case NONE:
                break;
            case NAMED:
                for (String id : variants.ids()) {
                    if (packs.broken().stream().anyMatch(b -> b.pack().id().equals(id))) {
                        continue;
                    }
                    if (packs.variant(id).isEmpty()) {
                        throw new IllegalArgumentException("no variant pack '" + id + "' is loaded; loaded variants: "
                                + String.join(", ", packs.variants().stream().map(Pack::id).toList()));
                    }
                    ids.add(id);
                }
                break;
            case FROM_MEMBERSHIPS:
            default:
                for (Pack variant : packs.variants()) {
                    if (variant.descriptor().appliesTo().stream().anyMatch(memberships::contains)) {
                        ids.add(variant.id());
                    }
                }
        }
        return List.copyOf(ids);
    }
}
