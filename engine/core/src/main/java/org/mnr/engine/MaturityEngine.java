package org.mnr.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.mnr.engine.evaluation.Composition;
import org.mnr.engine.evaluation.Evaluator;
import org.mnr.engine.evaluation.PackRules;
import org.mnr.engine.evaluation.RuleBase;
import org.mnr.engine.evaluation.RuleBaseBuilder;
import org.mnr.engine.evaluation.Verdicts;
import org.mnr.engine.evidence.CheckedEvidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceValidator;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackDiscovery;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.PackVersion;

/**
 * Scores countries' evidence against the loaded rule packs.
 *
 * <p>Build one with {@link #builder()}; building compiles the packs' rules once, which is the slow
 * part. An engine is immutable and thread-safe: share one, and call {@link #assess(Evidence)} from
 * any number of threads.
 *
 * <pre>{@code
 * MaturityEngine engine = MaturityEngine.builder().build();      // packs on the class path
 * Assessment result = engine.assess(Evidence.read(Path.of("atlantis.json")));
 * System.out.println(result.capability(1).orElseThrow().level());
 * }</pre>
 */
public final class MaturityEngine {

    /** The membership codes of MODEL.md, known even when their variant is not loaded. */
    public static final Set<String> MODEL_MEMBERSHIPS = Set.of("CoE", "EU", "AU", "ASEAN");

    private final RuleBase ruleBase;
    private final Evaluator evaluator;
    private final EvidenceValidator validator;
    private final ResultAssembler assembler;
    private final Map<List<String>, Composition> compositions = new ConcurrentHashMap<>();

    private MaturityEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.evaluator = new Evaluator(ruleBase);
        Map<String, EvidenceKey> vocabulary = new HashMap<>();
        Set<String> memberships = new TreeSet<>(MODEL_MEMBERSHIPS);
        for (PackRules pack : ruleBase.packs()) {
            pack.pack().vocabulary().forEach(k -> vocabulary.put(k.key(), k));
            memberships.addAll(pack.pack().descriptor().appliesTo());
        }
        this.validator = new EvidenceValidator(vocabulary.values(), memberships);
        this.assembler = new ResultAssembler(ruleBase.framework(), Map.copyOf(vocabulary));
    }

    /** Starts configuring an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /** The packs this engine scores with, base first, then variants by id. */
    public List<Pack> packs() {
        return ruleBase.packs().stream().map(PackRules::pack).toList();
    }

    /** The packs with the criteria their rules define. */
    public List<PackRules> packRules() {
        return ruleBase.packs();
    }

    /** The levels, domains and capabilities of the base pack. */
    public Framework framework() {
        return ruleBase.framework();
    }

    /**
     * Assesses a country, with the variants its memberships select.
     *
     * @throws InvalidEvidenceException listing every problem, when the evidence does not fit the packs
     */
    public Assessment assess(Evidence evidence) {
        return assess(evidence, Variants.fromMemberships());
    }

    /**
     * Assesses a country with the given choice of variants.
     *
     * @throws InvalidEvidenceException listing every problem, when the evidence does not fit the packs
     * @throws IllegalArgumentException when a named variant is not loaded
     */
    public Assessment assess(Evidence evidence, Variants variants) {
        List<String> applicable = applicableVariants(evidence, variants);
        CheckedEvidence checked = check(evidence, applicable);
        if (checked.hasErrors()) {
            throw new InvalidEvidenceException(checked.problems());
        }
        Composition composition = compositions.computeIfAbsent(applicable, ids -> Composition.of(ruleBase, ids));
        Verdicts verdicts = evaluator.evaluate(composition, checked.facts().values());
        List<PackVersion> packs = new ArrayList<>();
        packs.add(new PackVersion(ruleBase.base().pack().id(), ruleBase.base().pack().version()));
        for (String id : applicable) {
            Pack pack = ruleBase.pack(id).orElseThrow().pack();
            packs.add(new PackVersion(pack.id(), pack.version()));
        }
        List<String> warnings = checked.problems().stream()
                .filter(p -> p.severity() == Problem.Severity.WARNING)
                .map(p -> p.place().where() + ": " + p.message())
                .toList();
        return assembler.assemble(checked, composition, verdicts, packs, warnings);
    }

    /**
     * Reads and assesses an evidence file, with the variants its memberships select.
     *
     * @throws InvalidEvidenceException listing every problem in the file
     */
    public Assessment assess(Path file) {
        return assess(file, Variants.fromMemberships());
    }

    /**
     * Reads and assesses an evidence file with the given choice of variants.
     *
     * @throws InvalidEvidenceException listing every problem in the file
     */
    public Assessment assess(Path file, Variants variants) {
        return assess(Evidence.parse(file), variants);
    }

    /**
     * Assesses evidence read by any reader, such as a spreadsheet reader outside the engine.
     *
     * @throws InvalidEvidenceException listing every problem of the reading and of the evidence
     */
    public Assessment assess(ParsedEvidence parsed, Variants variants) {
        if (parsed.evidence() == null || parsed.hasErrors()) {
            throw new InvalidEvidenceException(validate(parsed, variants));
        }
        return assess(parsed.evidence(), variants);
    }

    /** Every problem in an evidence file, errors and warnings, without scoring it. */
    public List<Problem> validate(Path file, Variants variants) {
        return validate(Evidence.parse(file), variants);
    }

    /** Every problem of evidence read by any reader, its own and the evidence's, without scoring it. */
    public List<Problem> validate(ParsedEvidence parsed, Variants variants) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.evidence() != null) {
            problems.addAll(validate(parsed.evidence(), variants));
        } else if (parsed.partial() != null) {
            Set<String> packs = new LinkedHashSet<>(applicableVariants(parsed.partial().memberships(), variants));
            packs.add(ruleBase.base().pack().id());
            problems.addAll(validator.checkItems(parsed.problems().isEmpty() ? "<input>" : parsed.problems().get(0).file(),
                    parsed.partial().items(), packs));
        }
        return problems;
    }

    /** Every problem in evidence, errors and warnings, without scoring it. */
    public List<Problem> validate(Evidence evidence, Variants variants) {
        return check(evidence, applicableVariants(evidence, variants)).problems();
    }

    private CheckedEvidence check(Evidence evidence, List<String> applicable) {
        Set<String> packs = new LinkedHashSet<>(applicable);
        packs.add(ruleBase.base().pack().id());
        return validator.check(evidence, packs);
    }

    /** The ids of the variants that apply to the evidence's country, sorted. */
    public List<String> applicableVariants(Evidence evidence, Variants variants) {
        return applicableVariants(evidence.country().memberships(), variants);
    }

    private List<String> applicableVariants(List<String> memberships, Variants variants) {
        Objects.requireNonNull(variants, "variants");
        Set<String> ids = new TreeSet<>();
        switch (variants.mode()) {
            case NONE:
                break;
            case NAMED:
                for (String id : variants.ids()) {
                    if (ruleBase.pack(id).filter(p -> p.pack().descriptor().isVariant()).isEmpty()) {
                        throw new IllegalArgumentException("no variant pack '" + id + "' is loaded; loaded variants: "
                                + String.join(", ", ruleBase.variants().stream().map(p -> p.pack().id()).toList()));
                    }
                    ids.add(id);
                }
                break;
            case FROM_MEMBERSHIPS:
            default:
                for (PackRules variant : ruleBase.variants()) {
                    if (variant.pack().descriptor().appliesTo().stream().anyMatch(memberships::contains)) {
                        ids.add(variant.pack().id());
                    }
                }
        }
        return List.copyOf(ids);
    }

    /** Configures a {@link MaturityEngine}. */
    public static final class Builder {
        private ClassLoader classLoader = MaturityEngine.class.getClassLoader();
        private boolean classPath = true;
        private final List<Path> folders = new ArrayList<>();
        private final List<Pack> packs = new ArrayList<>();

        private Builder() {
        }

        /** Finds class-path packs with this class loader instead of the engine's own. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Loads no packs from the class path; only folders and packs given explicitly. */
        public Builder withoutClassPathPacks() {
            this.classPath = false;
            return this;
        }

        /**
         * Loads the packs under a folder, compiled from their DRL; a pack from a folder takes the place of
         * a class-path pack with the same id. Its rules run as code: load only folders you trust.
         */
        public Builder packFolder(Path folder) {
            folders.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /** Adds packs already read. */
        public Builder packs(Collection<Pack> given) {
            packs.addAll(given);
            return this;
        }

        /** Loads and compiles the packs. */
        public MaturityEngine build() {
            Map<String, Pack> byId = new LinkedHashMap<>();
            if (classPath) {
                PackDiscovery.onClassPath(classLoader).forEach(p -> byId.put(p.id(), p));
            }
            packs.forEach(p -> byId.put(p.id(), p));
            for (Path folder : folders) {
                PackDiscovery.inFolder(folder).forEach(p -> byId.put(p.id(), p));
            }
            return new MaturityEngine(RuleBaseBuilder.build(List.copyOf(byId.values())));
        }
    }
}
