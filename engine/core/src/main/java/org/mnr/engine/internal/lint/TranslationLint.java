package org.mnr.engine.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.internal.evidence.Suggestion;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Level;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.pack.Translation;
import org.mnr.engine.pack.Waiver;

/**
 * Checks a pack's translation files against what the pack defines: an id the pack does not define is an error (the text
 * would never be shown), a text the file lacks is a warning (English is shown in its place).
 */
final class TranslationLint {

    /** How many missing ids a warning names before it says how many more. */
    private static final int NAMED = 5;

    private TranslationLint() {
    }

    /**
     * Checks every translation of a pack.
     *
     * @param pack the pack
     * @param custom its criteria written as hand-written rules, by id
     * @param written the criterion ids its criteria files write, read or not: a translation of a criterion refused for a
     *     defect names it rightly, and the defect is reported once, at the criterion
     */
    static void check(Pack pack, Map<String, Criterion> custom, Set<String> written, List<PackProblem> problems) {
        Set<String> criteria = new TreeSet<>(custom.keySet());
        pack.criteria().criteria().stream().map(CriterionDefinition::id).forEach(criteria::add);
        Set<String> reasons = new TreeSet<>();
        pack.waivers().stream().map(Waiver::id).forEach(reasons::add);
        pack.criteria().criteria().stream().filter(c -> !c.exempt().isEmpty()).map(CriterionDefinition::id).forEach(reasons::add);
        Set<String> keys = new TreeSet<>();
        pack.vocabulary().stream().map(EvidenceKey::key).forEach(keys::add);
        Framework framework = pack.descriptor().framework();
        for (Translation translation : pack.translations().values()) {
            String file = translation.file();
            String language = translation.language();
            List<String> missing = new ArrayList<>();
            if (framework != null) {
                section(file, language, "levels", framework.levels().stream().map(Level::level).toList(), translation.levels().keySet(),
                        String::valueOf, missing, problems);
                section(file, language, "domains", framework.domains().stream().map(Domain::id).toList(), translation.domains().keySet(),
                        Function.identity(), missing, problems);
                List<Integer> capabilities = framework.capabilities().stream().map(Capability::id).toList();
                section(file, language, "capabilities", capabilities, translation.capabilityNames().keySet(), c -> c + " name", missing,
                        problems);
                section(file, language, "capabilities", framework.capabilities().stream().filter(c -> c.summary() != null)
                        .map(Capability::id).toList(), translation.capabilitySummaries().keySet(), c -> c + " summary", missing, problems);
            }
            section(file, language, "criteria", List.copyOf(criteria), written, translation.criteria().keySet(), Function.identity(), missing,
                    problems);
            section(file, language, "keys", List.copyOf(keys), translation.keys().keySet(), Function.identity(), missing, problems);
            section(file, language, "waivers", List.copyOf(reasons), translation.reasons().keySet(), Function.identity(), missing, problems);
            if (!missing.isEmpty()) {
                problems.add(new PackProblem(file, 0, 0, "the " + language + " translation of pack " + pack.id() + " lacks " + missing.size()
                        + " text(s), shown in English until translated: " + String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
                        + (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : ""), ProblemCode.PACK_TRANSLATION_INCOMPLETE));
            }
        }
    }

    private static <K> void section(String file, String language, String section, List<K> defined, Set<K> translated,
            Function<K, String> name, List<String> missing, List<PackProblem> problems) {
        section(file, language, section, defined, Set.of(), translated, name, missing, problems);
    }

    /**
     * Checks one section of a translation.
     *
     * @param defined the ids the pack defines, whose texts the translation should have
     * @param written ids the pack writes but could not read, which the translation may name without having them missed
     */
    private static <K> void section(String file, String language, String section, List<K> defined, Set<K> written, Set<K> translated,
            Function<K, String> name, List<String> missing, List<PackProblem> problems) {
        for (K id : translated) {
            if (!defined.contains(id) && !written.contains(id)) {
                String hint = Suggestion.hint(String.valueOf(id), defined.stream().map(String::valueOf).toList());
                problems.add(new PackProblem(file, 0, "the " + language + " translation names " + section + " " + id
                        + ", which the pack does not define" + (hint == null ? "" : "; " + hint) + "; remove it or correct the id"));
            }
        }
        for (K id : defined) {
            if (!translated.contains(id)) {
                missing.add(section + " " + name.apply(id));
            }
        }
    }
}
