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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.internal.evaluation.CapabilityCycles;
import org.mnr.engine.internal.evaluation.CriterionMetadata;
import org.mnr.engine.internal.evaluation.DrlCompiler;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.RuleRef;
import org.mnr.engine.model.ValueType;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.internal.pack.PackReader;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.pack.Waiver;

/**
 * Checks packs the way a rule author needs: every problem, each at its file and line.
 *
 * <p>It reads descriptors and vocabularies, parses and compiles each DRL file, checks every rule's
 * metadata, compares what each rule's conditions read with its {@code @reads} and {@code @dependsOn}
 * and with the vocabulary's types and values, and then checks the packs together: keys no rule reads,
 * capabilities missing criteria at a level, cycles between capabilities, and variants that replace or
 * waive criteria that do not exist.
 */
public final class PackLinter {

    private static final Map<String, ValueType> ACCESSOR_TYPES = Map.of(
            "flag", ValueType.BOOLEAN, "number", ValueType.NUMBER, "text", ValueType.ENUM,
            "date", ValueType.DATE, "members", ValueType.SET);

    private PackLinter() {
    }

    /** A pack that could be read, with the rules its DRL files hold. */
    private record Linted(Pack pack, List<ScannedRule> rules, Map<String, Criterion> criteria, boolean parsed) {
    }

    /**
     * Lints packs: those from folders, and those on the class path whose id no folder pack takes.
     *
     * @return every problem found, sorted by file and line; empty when the packs are clean
     */
    public static List<PackProblem> lint(List<PackResources> folders, List<PackResources> classPath) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, Linted> packs = new LinkedHashMap<>();
        for (PackResources source : folders) {
            readPack(source, problems).map(pack -> lintRules(pack, problems)).ifPresent(p -> packs.put(p.pack().id(), p));
        }
        for (PackResources source : classPath) {
            // A folder pack takes the place of the installed one with its id, which is then not linted.
            readPack(source, problems).filter(pack -> !packs.containsKey(pack.id()))
                    .map(pack -> lintRules(pack, problems)).ifPresent(p -> packs.putIfAbsent(p.pack().id(), p));
        }
        checkTogether(new ArrayList<>(packs.values()), problems);
        problems.sort(Comparator.comparing(PackProblem::file).thenComparingInt(PackProblem::line).thenComparing(PackProblem::message));
        return problems.stream().distinct().toList();
    }

    /** The pack's descriptor and vocabulary, or their problems. */
    private static Optional<Pack> readPack(PackResources source, List<PackProblem> problems) {
        try {
            return Optional.of(PackReader.read(source));
        } catch (PackException e) {
            if (e.problems().isEmpty()) {
                problems.add(new PackProblem(source.describe(PackReader.DESCRIPTOR), 0, e.getMessage()));
            } else {
                problems.addAll(e.problems());
            }
            return Optional.empty();
        }
    }

    /** Parses, compiles and checks the metadata of a pack's rules. */
    private static Linted lintRules(Pack pack, List<PackProblem> problems) {
        PackResources source = pack.resources();
        List<ScannedRule> rules = new ArrayList<>();
        boolean parsed = true;
        for (String file : pack.descriptor().rules()) {
            String name = source.describe(file);
            String text;
            try {
                text = new String(source.read(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new PackProblem(source.describe(PackReader.DESCRIPTOR), 0, "rules lists " + file + ", which cannot be read"));
                parsed = false;
                continue;
            }
            DrlScanner.Scan scan = DrlScanner.scan(name, text);
            problems.addAll(scan.problems());
            parsed &= scan.problems().isEmpty();
            rules.addAll(scan.rules());
        }
        if (parsed) {
            problems.addAll(DrlCompiler.compile(pack).problems());
        }
        Map<String, Criterion> criteria = new TreeMap<>();
        for (ScannedRule rule : rules) {
            CriterionMetadata.Result result = CriterionMetadata.read(new RuleRef(pack.id(), "", rule.name()), rule.metadata());
            result.problems().forEach(p -> problems.add(new PackProblem(rule.file(), rule.line(), "rule " + rule.name() + ": " + p)));
            if (result.criterion() != null && criteria.putIfAbsent(rule.name(), result.criterion()) != null) {
                problems.add(new PackProblem(rule.file(), rule.line(), "criterion " + rule.name() + " is defined by two rules of pack " + pack.id()));
            }
        }
        return new Linted(pack, rules, criteria, parsed);
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
        Map<String, EvidenceKey> baseKeys = keysOf(base);
        Set<String> read = new HashSet<>();
        List<Criterion> all = new ArrayList<>();
        Map<String, ScannedRule> ruleOf = new HashMap<>();
        for (Linted linted : packs) {
            Map<String, EvidenceKey> keys = new HashMap<>(baseKeys);
            keys.putAll(keysOf(linted));
            boolean variant = linted.pack().descriptor().isVariant();
            if (variant && !linted.pack().descriptor().base().equals(base.pack().id())) {
                problems.add(new PackProblem(linted.pack().resources().describe(PackReader.DESCRIPTOR), 0,
                        "extends pack '" + linted.pack().descriptor().base() + "', but the base pack is '" + base.pack().id() + "'"));
            }
            for (ScannedRule rule : linted.rules()) {
                Criterion criterion = linted.criteria().get(rule.name());
                ruleOf.putIfAbsent(rule.name(), rule);
                rule.keys().forEach(use -> read.add(use.key()));
                checkRule(rule, criterion, keys, framework, problems);
                if (criterion == null) {
                    continue;
                }
                all.add(criterion);
                criterion.reads().forEach(read::add);
                if (variant) {
                    checkVariantRule(linted, rule, criterion, base, problems);
                } else if (criterion.id().indexOf('.') != 3) {
                    problems.add(new PackProblem(rule.file(), rule.line(), "base criterion " + criterion.id()
                            + " must not carry a variant prefix; its id starts with C and the capability"));
                }
            }
            for (Waiver waiver : linted.pack().descriptor().waive()) {
                if (!base.criteria().containsKey(waiver.id())) {
                    problems.add(new PackProblem(linted.pack().resources().describe(PackReader.DESCRIPTOR),
                            lineOf(linted.pack(), PackReader.DESCRIPTOR, "\\bid:\\s*" + Pattern.quote(waiver.id())),
                            "waives criterion " + waiver.id() + ", which the base pack does not define"));
                }
            }
        }
        if (packs.stream().anyMatch(p -> !p.parsed())) {
            // Rules of a file that does not parse are unknown, so keys, levels and cycles cannot be judged.
            return;
        }
        for (Linted linted : packs) {
            for (EvidenceKey key : linted.pack().vocabulary()) {
                if (!read.contains(key.key())) {
                    problems.add(new PackProblem(linted.pack().resources().describe(linted.pack().descriptor().vocabulary()),
                            lineOf(linted.pack(), linted.pack().descriptor().vocabulary(), "\\bkey:\\s*" + Pattern.quote(key.key()) + "\\b"),
                            "evidence key " + key.key() + " is read by no rule; remove it or write the criterion that reads it"));
                }
                if (framework.capability(key.capability()).isEmpty()) {
                    problems.add(new PackProblem(linted.pack().resources().describe(linted.pack().descriptor().vocabulary()),
                            lineOf(linted.pack(), linted.pack().descriptor().vocabulary(), "\\bkey:\\s*" + Pattern.quote(key.key()) + "\\b"),
                            "evidence key " + key.key() + " names capability " + key.capability() + ", which the base pack does not define"));
                }
            }
        }
        for (Capability capability : framework.capabilities()) {
            Set<Integer> levels = new TreeSet<>();
            base.criteria().values().stream().filter(c -> c.capability() == capability.id()).forEach(c -> levels.add(c.level()));
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
            ScannedRule rule = ruleOf.get(first.id());
            problems.add(new PackProblem(rule.file(), rule.line(), CapabilityCycles.describe(cycle)));
        });
    }

    private static void checkRule(ScannedRule rule, Criterion criterion, Map<String, EvidenceKey> keys, Framework framework,
            List<PackProblem> problems) {
        String name = "rule " + rule.name() + ": ";
        Set<String> compared = new TreeSet<>();
        for (ScannedRule.KeyUse use : rule.keys()) {
            compared.add(use.key());
            EvidenceKey key = keys.get(use.key());
            if (key == null) {
                problems.add(new PackProblem(rule.file(), use.line(), name + "reads evidence key " + use.key()
                        + ", which no vocabulary defines"));
                continue;
            }
            for (String accessor : use.accessors()) {
                ValueType type = ACCESSOR_TYPES.get(accessor);
                if (type != key.type()) {
                    problems.add(new PackProblem(rule.file(), use.line(), name + "compares " + use.key() + ", a " + key.type().id()
                            + " key, through '" + accessor + "' (for " + type.id() + " keys); use '" + accessorFor(key.type()) + "'"));
                }
            }
            for (String value : use.values()) {
                if (!key.values().contains(value)) {
                    problems.add(new PackProblem(rule.file(), use.line(), name + "compares " + use.key() + " with '" + value
                            + "', which is not among its values: " + String.join(", ", key.values())));
                }
            }
        }
        if (criterion == null) {
            return;
        }
        if (framework.capability(criterion.capability()).isEmpty()) {
            problems.add(new PackProblem(rule.file(), rule.line(), name + "@capability(" + criterion.capability()
                    + ") is not a capability of the base pack"));
        }
        Set<String> declared = new TreeSet<>(criterion.reads());
        if (!declared.equals(compared)) {
            Set<String> undeclared = new TreeSet<>(compared);
            undeclared.removeAll(declared);
            Set<String> unused = new TreeSet<>(declared);
            unused.removeAll(compared);
            problems.add(new PackProblem(rule.file(), rule.line(), name + "@reads must list exactly the keys its conditions compare"
                    + (undeclared.isEmpty() ? "" : "; add " + String.join(", ", undeclared))
                    + (unused.isEmpty() ? "" : "; remove " + String.join(", ", unused))));
        }
        Set<Integer> levels = new TreeSet<>(rule.capabilities());
        if (!levels.equals(new TreeSet<>(criterion.dependsOn()))) {
            problems.add(new PackProblem(rule.file(), rule.line(), name + "@dependsOn must list exactly the capabilities whose "
                    + "CapabilityLevel it matches: " + levels));
        }
        for (int other : criterion.dependsOn()) {
            if (framework.capability(other).isEmpty()) {
                problems.add(new PackProblem(rule.file(), rule.line(), name + "depends on capability " + other + ", which the base pack does not define"));
            }
        }
    }

    private static void checkVariantRule(Linted variant, ScannedRule rule, Criterion criterion, Linted base, List<PackProblem> problems) {
        String prefix = variant.pack().descriptor().addedIdPrefix();
        if (criterion.id().startsWith(prefix)) {
            return;
        }
        Criterion replaced = base.criteria().get(criterion.id());
        if (replaced == null) {
            problems.add(new PackProblem(rule.file(), rule.line(), "rule " + rule.name() + " replaces base criterion " + criterion.id()
                    + ", which does not exist; criteria a variant adds start with " + prefix));
        } else if (replaced.capability() != criterion.capability() || replaced.level() != criterion.level()) {
            problems.add(new PackProblem(rule.file(), rule.line(), "rule " + rule.name() + " replaces " + criterion.id()
                    + " but changes its capability or level; a replacement keeps both"));
        }
    }

    private static String accessorFor(ValueType type) {
        return switch (type) {
            case BOOLEAN -> "flag";
            case NUMBER -> "number";
            case ENUM -> "text";
            case DATE -> "withinYears(n)";
            case SET -> "members contains";
        };
    }

    private static Map<String, EvidenceKey> keysOf(Linted linted) {
        Map<String, EvidenceKey> keys = new HashMap<>();
        linted.pack().vocabulary().forEach(k -> keys.put(k.key(), k));
        return keys;
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
