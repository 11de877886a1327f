package org.mnr.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mnr.engine.internal.evaluation.Composition;
import org.mnr.engine.internal.evaluation.ConfidenceLevels;
import org.mnr.engine.internal.evaluation.Evaluator;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.internal.evaluation.RuleBase;
import org.mnr.engine.internal.JacksonVersion;
import org.mnr.engine.internal.evaluation.RuleBaseBuilder;
import org.mnr.engine.error.RuleFailureException;
import org.mnr.engine.internal.evaluation.Verdicts;
import org.mnr.engine.evidence.CheckedEvidence;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.spi.Fact;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.model.Framework;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.internal.pack.PackDiscovery;
import org.mnr.engine.internal.pack.PackHash;
import org.mnr.engine.internal.pack.PackJars;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.pack.BrokenPack;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.pack.PackSet;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.PackVersion;

/**
 * Scores countries' evidence against the loaded rule packs.
 *
 * <p>Build one with {@link #builder()}; building compiles (or loads the pre-compiled) rules once,
 * which is the slow part. An engine is immutable and thread-safe: share one, and call
 * {@link #assess(Evidence)} from any number of threads.
 *
 * <pre>{@code
 * MaturityEngine engine = MaturityEngine.builder().build();      // packs on the class path
 * Assessment result = engine.assess(Evidence.read(Path.of("atlantis.json")));
 * int level = result.capability(1).orElseThrow().level();
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class MaturityEngine {

    /** The membership codes of the model (docs/model.md), known even when their variant is not loaded. */
    public static final Set<String> MODEL_MEMBERSHIPS = EvidenceChecker.MODEL_MEMBERSHIPS;

    private final RuleBase ruleBase;
    private final EvidenceChecker checker;
    private final Evaluator evaluator;
    private final ResultAssembler assembler;
    private final ConfidenceLevels confidenceLevels;
    private final Map<List<String>, Composition> compositions = new ConcurrentHashMap<>();
    private final Map<String, PackTexts> texts = new ConcurrentHashMap<>();

    private final Confidence minConfidence;
    private final Map<String, PackVersion> packVersions;

    private MaturityEngine(RuleBase ruleBase, EvidenceChecker checker, int maxRuleFirings, Confidence minConfidence) {
        this.ruleBase = ruleBase;
        this.minConfidence = minConfidence;
        this.checker = checker;
        this.evaluator = new Evaluator(ruleBase, maxRuleFirings);
        this.assembler = new ResultAssembler(ruleBase.framework(), checker.vocabulary());
        this.confidenceLevels = new ConfidenceLevels(evaluator);
        Map<String, PackVersion> versions = new HashMap<>();
        for (PackRules rules : ruleBase.packs()) {
            Pack pack = rules.pack();
            // A local pack's id and version are whatever its files say; its hash says which rules they are (issue 16).
            versions.put(pack.id(), pack.resources().local() ? new PackVersion(pack.id(), pack.version(), PackVersion.LOCAL, PackHash.of(pack))
                    : new PackVersion(pack.id(), pack.version()));
        }
        this.packVersions = Map.copyOf(versions);
    }

    /** Starts configuring an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /** The packs this engine scores with, base first, then variants by id. */
    public List<Pack> packs() {
        return ruleBase.packs().stream().map(PackRules::pack).toList();
    }

    /**
     * The variants that were read but cannot be used with the base pack loaded, with the reason; a country one of them
     * applies to is invalid input naming it (issue 16), every other country is assessed as usual.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public List<BrokenPack> brokenPacks() {
        return checker.packs().broken();
    }

    /**
     * The packs' texts in a language (ISO 639-1, e.g. {@code fr}): names, summaries, titles, key descriptions and reasons
     * from each pack's translation file, in English where a pack has none; {@link PackTexts#fallbacks()} says where.
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public PackTexts texts(String language) {
        Objects.requireNonNull(language, "language");
        return texts.computeIfAbsent(language.strip().toLowerCase(java.util.Locale.ROOT), l -> PackTexts.of(l, ruleBase.packs()));
    }

    /** The packs with the criteria their rules define. */
    public List<PackRules> packRules() {
        return ruleBase.packs();
    }

    /** The levels, domains and capabilities of the base pack. */
    public Framework framework() {
        return ruleBase.framework();
    }

    /** The checker this engine validates evidence with. */
    public EvidenceChecker checker() {
        return checker;
    }

    /** The limits within which this engine reads evidence files. */
    public EvidenceLimits evidenceLimits() {
        return checker.evidenceLimits();
    }

    /** The reader this engine reads JSON and YAML with, within its limits; for the project's own tests and tools. */
    @API(status = INTERNAL, since = "1.0")
    public EvidenceReader evidenceReader() {
        return checker.evidenceReader();
    }

    /** The most rule firings one assessment may take before it is stopped as a runaway rule. */
    public int maxRuleFirings() {
        return evaluator.maxFirings();
    }

    /**
     * The least confidence an evidence item needs to count; weaker items count as no evidence (docs/model.md,
     * "Confidence"). {@link Confidence#REPORTED}, every item, unless the builder chose another.
     */
    @API(status = STABLE, since = "1.1")
    public Confidence minConfidence() {
        return minConfidence;
    }

    /**
     * The criteria in force with exactly these variants, as assessments use them: the base criteria
     * as the variants add to, replace and waive them.
     *
     * @throws IllegalArgumentException when a variant is not loaded
     * @throws org.mnr.engine.pack.PackException when two of the variants replace or waive the same criterion
     */
    @API(status = INTERNAL, since = "1.0")
    public Composition composition(Collection<String> variantIds) {
        List<String> ids = variantIds.stream().distinct().sorted().toList();
        return compositions.computeIfAbsent(ids, i -> Composition.of(ruleBase, i));
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
     * @throws RuleFailureException when a pack's rule loops or throws
     */
    public Assessment assess(Evidence evidence, Variants variants) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(variants, "variants");
        List<String> applicable = checker.applicableVariants(evidence.country().memberships(), variants);
        CheckedEvidence checked = checker.check(evidence, variants);
        if (checked.hasErrors()) {
            throw new InvalidEvidenceException(checked.problems());
        }
        return assess(checked, applicable);
    }

    private Assessment assess(CheckedEvidence checked, List<String> applicable) {
        Evidence evidence = checked.evidence();
        Composition composition = compositions.computeIfAbsent(applicable, ids -> Composition.of(ruleBase, ids))
                .forCountry(evidence.country().code());
        CheckedEvidence counted = atLeast(checked, minConfidence);
        Verdicts verdicts = evaluator.evaluate(composition, counted.facts().values(), evidence.country().code(), evidence.origin());
        List<PackVersion> packs = new ArrayList<>();
        packs.add(packVersions.get(ruleBase.base().pack().id()));
        for (String id : applicable) {
            packs.add(packVersions.get(id));
        }
        List<Problem> warningProblems = checked.problems().stream()
                .filter(p -> p.severity() == Problem.Severity.WARNING)
                .toList();
        List<String> warnings = warningProblems.stream().map(p -> p.place().where() + ": " + p.message()).toList();
        Map<String, Confidence> confidenceOf = new HashMap<>();
        counted.items().forEach((key, item) -> confidenceOf.put(key, item.effectiveConfidence()));
        Map<Integer, Confidence> confidences = confidenceLevels.of(composition, counted.facts(), confidenceOf, verdicts.levels(),
                evidence.assessedOn(), evidence.country().code(), evidence.origin());
        return assembler.assemble(counted, composition, verdicts, packs, minConfidence, confidences, warnings, warningProblems);
    }

    /** The checked evidence with only the facts of items of at least the given confidence. */
    private static CheckedEvidence atLeast(CheckedEvidence checked, Confidence least) {
        if (checked.items().values().stream().allMatch(i -> i.effectiveConfidence().atLeast(least))) {
            return checked;
        }
        Map<String, Fact> facts = new LinkedHashMap<>();
        Map<String, EvidenceItem> items = new LinkedHashMap<>();
        checked.facts().forEach((key, fact) -> {
            EvidenceItem item = checked.items().get(key);
            if (item == null || item.effectiveConfidence().atLeast(least)) {
                facts.put(key, fact);
            }
        });
        checked.items().forEach((key, item) -> {
            if (item.effectiveConfidence().atLeast(least)) {
                items.put(key, item);
            }
        });
        return new CheckedEvidence(checked.evidence(), facts, items, checked.problems());
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
     * Reads and assesses an evidence file with the given choice of variants, within the engine's
     * {@linkplain #evidenceLimits() limits}.
     *
     * @throws InvalidEvidenceException listing every problem in the file
     * @throws RuleFailureException when a pack's rule loops or throws
     */
    public Assessment assess(Path file, Variants variants) {
        return assess(read(Objects.requireNonNull(file, "file")), variants);
    }

    /**
     * Reads evidence in the format its name gives (JSON, YAML, or an Excel workbook when
     * {@code org.mnr:mnr-workbook} is on the class path), within this engine's limits, without checking it
     * against the packs; {@link #assess(ParsedEvidence)} or {@link #validate(ParsedEvidence, Variants)} then
     * report the reader's problems and the packs' together, in file order.
     */
    public ParsedEvidence read(Path file) {
        return checker.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads one evidence document from a stream in the named format ({@code json}, {@code yaml}, {@code xlsx}...),
     * within this engine's limits; {@code origin} names it in problems.
     */
    public ParsedEvidence read(InputStream input, String format, String origin) {
        return checker.read(input, format, origin);
    }

    /** Reads one evidence document from bytes in the named format, within this engine's limits. */
    public ParsedEvidence read(byte[] document, String format, String origin) {
        return read(new ByteArrayInputStream(Objects.requireNonNull(document, "document")), format, origin);
    }

    /** Reads one evidence document from text in the named format ({@code json} or {@code yaml}), within this engine's limits. */
    public ParsedEvidence read(String document, String format, String origin) {
        return read(Objects.requireNonNull(document, "document").getBytes(StandardCharsets.UTF_8), format, origin);
    }

    /**
     * Assesses what {@link #read(Path)} read, with the variants its memberships select.
     *
     * @throws InvalidEvidenceException listing every problem, the reader's and the packs', in file order
     * @throws RuleFailureException when a pack's rule loops or throws
     */
    public Assessment assess(ParsedEvidence parsed) {
        return assess(parsed, Variants.fromMemberships());
    }

    /**
     * Assesses what a reader read, with the given choice of variants; problems found against the packs
     * name the line and column in the file.
     *
     * @throws InvalidEvidenceException listing every problem, the reader's and the packs'
     * @throws RuleFailureException when a pack's rule loops or throws
     */
    public Assessment assess(ParsedEvidence parsed, Variants variants) {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(variants, "variants");
        if (parsed.evidence() == null || parsed.hasErrors()) {
            throw new InvalidEvidenceException(checker.validate(parsed, variants));
        }
        List<String> applicable = checker.applicableVariants(parsed.evidence().country().memberships(), variants);
        CheckedEvidence checked = checker.check(parsed.evidence(), variants);
        if (checked.hasErrors()) {
            throw new InvalidEvidenceException(parsed.located(checked.problems()));
        }
        return assess(checked, applicable);
    }

    /** Every problem in an evidence file, errors and warnings, without scoring it. */
    public List<Problem> validate(Path file, Variants variants) {
        return checker.validate(file, variants);
    }

    /** Every problem in what a reader read, errors and warnings, in file order, without scoring it. */
    public List<Problem> validate(ParsedEvidence parsed, Variants variants) {
        return checker.validate(parsed, variants);
    }

    /** Every problem in evidence, errors and warnings, without scoring it. */
    public List<Problem> validate(Evidence evidence, Variants variants) {
        return checker.validate(evidence, variants);
    }

    /** The ids of the variants that apply to the evidence's country, sorted. */
    public List<String> applicableVariants(Evidence evidence, Variants variants) {
        return checker.applicableVariants(evidence.country().memberships(), variants);
    }

    /** Configures a {@link MaturityEngine}. */
    public static final class Builder {
        private ClassLoader classLoader = MaturityEngine.class.getClassLoader();
        private boolean classPath = true;
        private final List<Path> folders = new ArrayList<>();
        private final List<Path> installed = new ArrayList<>();
        private final List<Pack> packs = new ArrayList<>();
        private EvidenceLimits limits = EvidenceLimits.DEFAULTS;
        private int maxRuleFirings = Evaluator.MAX_FIRINGS;
        private Confidence minConfidence = Confidence.REPORTED;

        private Builder() {
        }

        /**
         * Counts only evidence items of this confidence or stronger; weaker ones count as no evidence, so the criteria
         * that read them are unknown rather than unmet. The default, {@link Confidence#REPORTED}, counts every item.
         */
        @API(status = STABLE, since = "1.1")
        public Builder minConfidence(Confidence least) {
            this.minConfidence = Objects.requireNonNull(least, "minConfidence");
            return this;
        }

        /** Reads evidence files within these limits instead of {@link EvidenceLimits#DEFAULTS}. */
        public Builder evidenceLimits(EvidenceLimits given) {
            this.limits = Objects.requireNonNull(given, "limits");
            return this;
        }

        /**
         * Stops an assessment whose rules fire more than this many times, reporting the rule that fired most
         * as looping; the default is {@value Evaluator#MAX_FIRINGS}.
         */
        public Builder maxRuleFirings(int firings) {
            if (firings < 1) {
                throw new IllegalArgumentException("the most rule firings must be at least 1, not " + firings);
            }
            this.maxRuleFirings = firings;
            return this;
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
         * Loads the packs under a folder, compiled from their criteria files; a pack from a folder takes the place of
         * a class-path pack with the same id. Its rules run as code: load only folders you trust.
         */
        public Builder packFolder(Path folder) {
            folders.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Loads the packs of a pack jar, in a class loader of its own, or the packs under a folder, beside the class-path
         * packs: unlike {@link #packFolder}, a pack takes no other's place, and two packs with one id are an error naming
         * both places. Its rules run as code: load only packs you trust.
         */
        public Builder packPath(Path path) {
            installed.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /** Adds packs already read. */
        public Builder packs(Collection<Pack> given) {
            packs.addAll(given);
            return this;
        }

        /** Loads and compiles the packs. */
        public MaturityEngine build() {
            PackSet packSet = packSet();
            JacksonVersion.require();
            RuleBase ruleBase = RuleBaseBuilder.build(packSet);
            // Variants found broken only once the base's hand-written rules were compiled are set aside like the others.
            return new MaturityEngine(ruleBase, new EvidenceChecker(packSet.withBroken(ruleBase.broken()), limits, classLoader),
                    maxRuleFirings, minConfidence);
        }

        /** Loads the packs' descriptors and vocabularies only, to check evidence without compiling any rule. */
        public EvidenceChecker buildChecker() {
            JacksonVersion.require();
            return new EvidenceChecker(packSet(), limits, classLoader);
        }

        private PackSet packSet() {
            Map<String, Pack> byId = new LinkedHashMap<>();
            if (classPath) {
                PackDiscovery.onClassPath(classLoader).forEach(p -> byId.put(p.id(), p));
            }
            packs.forEach(p -> byId.put(p.id(), p));
            for (Path path : installed) {
                for (Pack pack : Files.isDirectory(path) ? PackDiscovery.inFolder(path) : PackJars.read(path, classLoader)) {
                    Pack clash = byId.putIfAbsent(pack.id(), pack);
                    if (clash != null) {
                        throw new PackException(ProblemCode.PACK_DUPLICATE_ID, "two packs have the id '" + pack.id() + "': "
                                + clash.resources().origin() + " and " + pack.resources().origin() + "; load only one of them");
                    }
                }
            }
            for (Path folder : folders) {
                PackDiscovery.inFolder(folder).forEach(p -> byId.put(p.id(), p));
            }
            return PackSet.of(List.copyOf(byId.values()));
        }
    }
}
