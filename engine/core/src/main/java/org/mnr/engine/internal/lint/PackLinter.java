package org.mnr.engine.internal.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.criteria.BaseChanges;
import org.mnr.engine.criteria.CriteriaChecker;
import org.mnr.engine.criteria.CriteriaProblem;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.criteria.Where;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.internal.evaluation.CapabilityCycles;
import org.mnr.engine.internal.evaluation.CriterionMetadata;
import org.mnr.engine.internal.evaluation.DrlCompiler;
import org.mnr.engine.internal.evidence.EvidenceSyntax;
import org.mnr.engine.internal.evidence.Suggestion;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.mnr.engine.internal.pack.BaseFingerprints;
import org.mnr.engine.internal.pack.DrlRules;
import org.mnr.engine.internal.pack.PackReader;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Condition;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.RuleRef;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.pack.Waiver;

/**
 * Checks packs the way a framework designer needs: every problem in one run, each at its file and line.
 *
 * <p>It reads descriptors, vocabularies and criteria files; checks every condition against the
 * vocabulary's types, values and ranges and the framework's capabilities ({@link CriteriaChecker}, the
 * same checks the engine refuses a pack for); parses and compiles hand-written DRL rules and checks
 * their metadata; and then checks the packs together: keys no criterion reads, capabilities missing
 * criteria at a level, cycles between capabilities, and variants that change criteria that do not
 * exist, or the same criterion as another variant.
 */
public final class PackLinter {


    private PackLinter() {
    }

    /** A pack that could be read, with its hand-written rules; complete when every criterion of it is known. */
    private record Linted(Pack pack, List<DrlRules.DrlRule> rules, Map<String, Criterion> custom, boolean complete) {
    }

    /**
     * What lint found.
     *
     * @param problems every problem, sorted by file and line; empty when the packs are clean
     * @param custom the ids of criteria written as hand-written DRL rules ({@code custom: drl}), whose conditions
     *        lint cannot check, sorted
     * @param warnings what the packs had better say but that stops nothing (a criterion without a source, a
     *        translation that lacks texts), sorted as the problems
     */
    public record Report(List<PackProblem> problems, List<String> custom, List<PackProblem> warnings) {

        /** Copies the lists. */
        public Report {
            problems = List.copyOf(problems);
            custom = List.copyOf(custom);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Lints packs: those from folders, and those on the class path whose id no folder pack takes.
     *
     * @return every problem found, sorted by file and line; empty when the packs are clean
     */
    public static List<PackProblem> lint(List<PackResources> folders, List<PackResources> classPath) {
        return report(folders, classPath).problems();
    }

    /** Lints packs as {@link #lint} does, and names the hand-written criteria it could not check. */
    public static Report report(List<PackResources> folders, List<PackResources> classPath) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, Linted> packs = new LinkedHashMap<>();
        for (PackResources source : folders) {
            int before = problems.size();
            Pack pack = PackReader.readForLint(source, problems);
            if (pack != null) {
                packs.put(pack.id(), lintRules(pack, problems.size() == before, problems));
            }
        }
        for (PackResources source : classPath) {
            // A folder pack takes the place of the installed one with its id, which is then not linted.
            List<PackProblem> own = new ArrayList<>();
            Pack pack = PackReader.readForLint(source, own);
            if (pack != null && packs.containsKey(pack.id())) {
                continue;
            }
            problems.addAll(own);
            if (pack != null) {
                packs.put(pack.id(), lintRules(pack, own.isEmpty(), problems));
            }
        }
        checkTogether(new ArrayList<>(packs.values()), problems);
        problems.sort(Comparator.comparing(PackProblem::file).thenComparingInt(PackProblem::line).thenComparingInt(PackProblem::column)
                .thenComparing(PackProblem::message));
        List<String> custom = packs.values().stream().flatMap(p -> p.custom().keySet().stream()).sorted().toList();
        List<PackProblem> found = problems.stream().distinct().toList();
        return new Report(found.stream().filter(p -> !p.code().warning()).toList(), custom,
                found.stream().filter(p -> p.code().warning()).toList());
    }

    /**
     * Parses, compiles and checks the metadata of a pack's hand-written rules.
     *
     * @param read whether its criteria files were read without a problem, so that every criterion is known
     */
    private static Linted lintRules(Pack pack, boolean read, List<PackProblem> problems) {
        PackResources source = pack.resources();
        PackFolderFiles.unlisted(pack).forEach(file -> problems.add(new PackProblem(source.describe(file), 0, "this file is in the"
                + " pack's folder but pack.yaml does not list it, so the engine never reads it; list it under criteria (or rules), or"
                + " move it out of the folder")));
        List<DrlRules.DrlRule> rules = new ArrayList<>();
        boolean parsed = true;
        for (String file : pack.descriptor().rules()) {
            String text;
            try {
                text = new String(source.read(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new PackProblem(source.describe(PackReader.DESCRIPTOR), 0, "rules lists " + file + ", which cannot be read"));
                parsed = false;
                continue;
            }
            DrlRules.Parsed scan = DrlRules.parse(source.describe(file), text);
            problems.addAll(scan.problems());
            parsed &= scan.problems().isEmpty();
            rules.addAll(scan.rules());
        }
        if (parsed && !pack.descriptor().rules().isEmpty()) {
            problems.addAll(DrlCompiler.compile(pack).problems());
        }
        Map<String, Criterion> custom = new TreeMap<>();
        for (DrlRules.DrlRule rule : rules) {
            CriterionMetadata.Result result = CriterionMetadata.read(new RuleRef(pack.id(), "", rule.name()), rule.metadata(),
                    pack.descriptor().isVariant());
            result.problems().forEach(p -> problems.add(new PackProblem(rule.file(), rule.line(), "rule " + rule.name() + ": " + p)));
            if (result.criterion() != null && custom.putIfAbsent(rule.name(), result.criterion()) != null) {
                problems.add(new PackProblem(rule.file(), rule.line(), "criterion " + rule.name() + " is defined by two rules of pack " + pack.id()));
            }
        }
        for (CriterionDefinition data : pack.criteria().criteria()) {
            if (data.source() == null) {
                problems.add(new PackProblem(data.where().file(), data.where().line(), data.where().column(), "criterion " + data.id()
                        + " has no source; say what it rests on (the MNR's text, an instrument and article, a study), e.g. source:"
                        + " \"MNR (2016), capability 17\"", ProblemCode.PACK_MISSING_SOURCE));
            }
            if (isJudgement(data) && (data.rationale() == null || data.rationale().isBlank())) {
                problems.add(new PackProblem(data.where().file(), data.where().line(), data.where().column(), "criterion " + data.id()
                        + " sets a threshold or time window but has no rationale; say in rationale: why this number, or that it is a"
                        + " working assumption to be calibrated", ProblemCode.PACK_MISSING_RATIONALE));
            }
            if (custom.containsKey(data.id())) {
                problems.add(problem(data.where(), "criterion " + data.id() + " is defined both here and by a hand-written rule; keep one"));
            }
        }
        return new Linted(pack, rules, custom, parsed && read);
    }

    /**
     * Whether a criterion's condition sets a number bound or a time window: a choice of number that a reader of the pack
     * needs the reason for. DRL rules carry no rationale and lint cannot read their conditions, so only criteria files count.
     */
    private static boolean isJudgement(CriterionDefinition criterion) {
        return criterion.when().leaves().stream().anyMatch(leaf -> leaf instanceof Condition.AtLeast || leaf instanceof Condition.AtMost
                || leaf instanceof Condition.WithinYears);
    }

    private static void checkTogether(List<Linted> packs, List<PackProblem> problems) {
        List<Linted> bases = packs.stream().filter(p -> !p.pack().descriptor().isVariant()).toList();
        if (bases.size() != 1) {
            if (bases.isEmpty() && !packs.isEmpty()) {
                problems.add(new PackProblem(packs.get(0).pack().resources().describe(PackReader.DESCRIPTOR), 0,
                        "no base pack is loaded, so the variants cannot be checked against it"));
            }
            return;
        }
        Linted base = bases.get(0);
        Framework framework = base.pack().descriptor().framework();
        List<Linted> variants = packs.stream().filter(p -> p != base).toList();
        packs.forEach(p -> TranslationLint.check(p.pack(), p.custom(), WrittenCriterionIds.of(p.pack()), problems));
        Map<String, List<EvidenceKey>> vocabularies = new HashMap<>();
        packs.forEach(p -> vocabularies.put(p.pack().id(), p.pack().vocabulary()));
        Map<String, CriteriaChecker.Placement> custom = new HashMap<>();
        base.custom().values().forEach(c -> custom.put(c.id(), new CriteriaChecker.Placement(c.capability(), c.level())));
        for (CriteriaProblem problem : CriteriaChecker.check(framework, vocabularies, base.pack().criteria(),
                variants.stream().map(v -> v.pack().criteria()).toList(), custom, true)) {
            problems.add(PackReader.problem(problem));
        }
        Map<String, Criterion> baseCriteria = new HashMap<>(base.custom());
        base.pack().criteria().criteria().forEach(c -> baseCriteria.put(c.id(), asCriterion(base.pack(), c)));
        Map<String, String> fingerprints = BaseFingerprints.of(base.pack().criteria(), base.rules());
        for (Linted variant : variants) {
            if (!variant.pack().descriptor().base().equals(base.pack().id())) {
                problems.add(new PackProblem(variant.pack().resources().describe(PackReader.DESCRIPTOR), 0,
                        "extends pack '" + variant.pack().descriptor().base() + "', but the base pack is '" + base.pack().id() + "'"));
            }
            checkCustomVariantRules(variant, baseCriteria, problems);
            for (BaseChanges.Change change : BaseChanges.of(fingerprints, variant.pack().criteria(),
                    BaseFingerprints.recorded(variant.rules()))) {
                problems.add(problem(change.where(), change.describe(variant.pack().id())));
            }
            for (Waiver waiver : variant.pack().descriptor().waive()) {
                if (!baseCriteria.containsKey(waiver.id())) {
                    String hint = Suggestion.hint(waiver.id(), baseCriteria.keySet());
                    problems.add(new PackProblem(variant.pack().resources().describe(PackReader.DESCRIPTOR),
                            lineOf(variant.pack(), PackReader.DESCRIPTOR, "\\bid:\\s*" + Pattern.quote(waiver.id()) + "\\b"),
                            "waives criterion " + waiver.id() + ", which the base pack does not define" + (hint == null ? "" : "; " + hint)));
                }
            }
        }
        Set<String> read = new HashSet<>();
        List<Criterion> all = new ArrayList<>();
        Map<String, Where> placeOf = new HashMap<>();
        for (Linted linted : packs) {
            checkCustomRules(linted, base, framework, problems);
            for (Criterion criterion : linted.custom().values()) {
                all.add(criterion);
                read.addAll(criterion.reads());
            }
            for (CriterionDefinition criterion : linted.pack().criteria().criteria()) {
                all.add(asCriterion(linted.pack(), criterion));
                read.addAll(criterion.reads());
                placeOf.putIfAbsent(criterion.id(), criterion.where());
            }
        }
        if (packs.stream().anyMatch(p -> !p.complete())) {
            // Criteria of a file that cannot be read are unknown, so keys, levels and cycles cannot be judged.
            return;
        }
        for (Linted linted : packs) {
            String vocabulary = linted.pack().resources().describe(linted.pack().descriptor().vocabulary());
            Map<String, Integer> lines = vocabularyLines(linted.pack());
            for (EvidenceKey key : linted.pack().vocabulary()) {
                int line = lines.getOrDefault(key.key(), 0);
                if (!read.contains(key.key()) && !key.retired()) {
                    problems.add(new PackProblem(vocabulary, line, "evidence key " + key.key()
                            + " is read by no criterion; remove it, mark it retired, or write the criterion that reads it"));
                }
                if (framework.capability(key.capability()).isEmpty()) {
                    problems.add(new PackProblem(vocabulary, line, "evidence key " + key.key() + " names capability " + key.capability()
                            + ", which the base pack does not define"));
                }
                if (key.replacedBy() != null && vocabularies.values().stream().flatMap(List::stream).noneMatch(k -> k.key().equals(key.replacedBy()))) {
                    problems.add(new PackProblem(vocabulary, line, "evidence key " + key.key() + " is replaced by " + key.replacedBy()
                            + ", which no vocabulary defines"));
                } else if (key.replacedBy() != null && vocabularies.values().stream().flatMap(List::stream)
                        .anyMatch(k -> k.key().equals(key.replacedBy()) && k.retired())) {
                    problems.add(new PackProblem(vocabulary, line, "evidence key " + key.key() + " is replaced by " + key.replacedBy()
                            + ", which is retired too; name the key in use now"));
                }
            }
        }
        for (Capability capability : framework.capabilities()) {
            Set<Integer> levels = new TreeSet<>();
            baseCriteria.values().stream().filter(c -> c.capability() == capability.id()).forEach(c -> levels.add(c.level()));
            for (int level = 1; level <= Framework.TOP_LEVEL; level++) {
                if (!levels.contains(level)) {
                    problems.add(new PackProblem(base.pack().resources().describe(PackReader.DESCRIPTOR),
                            lineOf(base.pack(), PackReader.DESCRIPTOR, "\\bid:\\s*" + capability.id() + "\\b"),
                            "capability " + capability.id() + " (" + capability.name() + ") has no criterion at level " + level + " ("
                                    + framework.levelName(level) + ")"));
                }
            }
        }
        CapabilityCycles.find(all).ifPresent(cycle -> {
            Criterion first = all.stream().filter(c -> c.capability() == cycle.get(0) && c.dependsOn().contains(cycle.get(1)))
                    .findFirst().orElse(all.get(0));
            Where where = placeOf.get(first.id());
            problems.add(where != null ? problem(where, CapabilityCycles.describe(cycle))
                    : new PackProblem(ruleFile(packs, first.id()), 0, CapabilityCycles.describe(cycle)));
        });
    }

    /** The checks of hand-written rules that criteria files get from the criteria checker. */
    private static void checkCustomRules(Linted linted, Linted base, Framework framework, List<PackProblem> problems) {
        Map<String, EvidenceKey> keys = new HashMap<>();
        base.pack().vocabulary().forEach(k -> keys.put(k.key(), k));
        linted.pack().vocabulary().forEach(k -> keys.put(k.key(), k));
        for (DrlRules.DrlRule rule : linted.rules()) {
            Criterion criterion = linted.custom().get(rule.name());
            if (criterion == null) {
                continue;
            }
            String name = "rule " + rule.name() + ": ";
            if (framework.capability(criterion.capability()).isEmpty()) {
                problems.add(new PackProblem(rule.file(), rule.line(), name + "@capability(" + criterion.capability()
                        + ") is not a capability of the base pack"));
            }
            for (String key : criterion.reads()) {
                if (!keys.containsKey(key)) {
                    String hint = Suggestion.hint(key, keys.keySet());
                    problems.add(new PackProblem(rule.file(), rule.line(), name + "@reads names evidence key " + key
                            + ", which no vocabulary defines" + (hint == null ? "" : "; " + hint)));
                }
            }
            for (int other : criterion.dependsOn()) {
                if (framework.capability(other).isEmpty()) {
                    problems.add(new PackProblem(rule.file(), rule.line(), name + "depends on capability " + other
                            + ", which the base pack does not define"));
                }
            }
        }
    }

    private static void checkCustomVariantRules(Linted variant, Map<String, Criterion> baseCriteria, List<PackProblem> problems) {
        String prefix = variant.pack().descriptor().addedIdPrefix();
        for (DrlRules.DrlRule rule : variant.rules()) {
            Criterion criterion = variant.custom().get(rule.name());
            if (criterion == null || criterion.id().startsWith(prefix)) {
                continue;
            }
            Criterion replaced = baseCriteria.get(criterion.id());
            if (replaced == null) {
                String hint = Suggestion.hint(criterion.id(), baseCriteria.keySet());
                problems.add(new PackProblem(rule.file(), rule.line(), "rule " + rule.name() + " replaces base criterion " + criterion.id()
                        + ", which does not exist" + (hint == null ? "" : "; " + hint) + "; criteria a variant adds start with " + prefix));
            } else if (replaced.capability() != criterion.capability() || replaced.level() != criterion.level()) {
                problems.add(new PackProblem(rule.file(), rule.line(), "rule " + rule.name() + " replaces " + criterion.id()
                        + " but changes its capability or level; a replacement keeps both"));
            }
        }
    }

    private static Criterion asCriterion(Pack pack, CriterionDefinition definition) {
        return new Criterion(definition.id(), definition.capability(), definition.level(), definition.weight(), definition.title(),
                List.copyOf(definition.reads()), List.copyOf(definition.dependsOn()), new RuleRef(pack.id(), "", definition.id()),
                definition.when(), definition.source(), definition.rationale(), definition.exempt());
    }

    private static String ruleFile(List<Linted> packs, String id) {
        return packs.stream().flatMap(p -> p.rules().stream()).filter(r -> r.name().equals(id)).map(DrlRules.DrlRule::file).findFirst()
                .orElse("?");
    }

    private static PackProblem problem(Where where, String message) {
        return new PackProblem(where.file(), where.line(), where.column(), message);
    }

    /**
     * The line each key of a pack's vocabulary is defined on, as the YAML parser places each {@code key} field, so that
     * block style ({@code key: a.b} on a line of its own) and flow style ({@code - {key: a.b, ...}}, fields in any order)
     * are both found.
     */
    private static Map<String, Integer> vocabularyLines(Pack pack) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = EvidenceSyntax.YAML.factory()
                .createParser(pack.resources().read(pack.descriptor().vocabulary()))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("key") && parser.getParsingContext().getParent().inArray()
                        && parser.getParsingContext().getParent().getParent().inRoot()) {
                    int line = parser.currentTokenLocation().getLineNr();
                    if (parser.nextToken() == JsonToken.VALUE_STRING) {
                        lines.putIfAbsent(parser.getText(), line);
                    }
                }
            }
        } catch (IOException e) {
            // The vocabulary was read a moment ago; without its text (or past a fault in it) the problems of the keys not yet
            // placed are reported for the whole file.
        }
        return lines;
    }

    private static int lineOf(Pack pack, String file, String regex) {
        try {
            String text = new String(pack.resources().read(file), StandardCharsets.UTF_8);
            Matcher matcher = Pattern.compile(regex).matcher(text);
            if (!matcher.find()) {
                return 0;
            }
            return 1 + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
        } catch (IOException e) {
            return 0;
        }
    }
}
