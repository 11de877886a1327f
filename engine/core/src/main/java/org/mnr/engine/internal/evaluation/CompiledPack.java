package org.mnr.engine.internal.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.drools.model.Model;
import org.kie.api.definition.KiePackage;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.internal.criteria.CriteriaRules;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;

/**
 * A pack's rules in compiled form: its criteria files built into rules with the executable model API
 * when it is loaded, and its hand-written rules as executable-model classes built with the pack or as
 * packages compiled from its DRL when it was loaded.
 *
 * @param pack the pack
 * @param models the model of its criteria files and its pre-built models, or empty
 * @param packages its run-time compiled packages, or empty
 */
record CompiledPack(Pack pack, List<Model> models, Collection<KiePackage> packages) {

    /** Compiles a pack's criteria, and its hand-written rules unless it has them pre-built. */
    static CompiledPack of(Pack pack) {
        List<Model> models = new ArrayList<>();
        Collection<KiePackage> packages = List.of();
        Optional<List<Model>> prebuilt = CompiledModels.load(pack);
        if (prebuilt.isPresent()) {
            models.addAll(prebuilt.get());
        } else if (!pack.descriptor().rules().isEmpty()) {
            DrlCompiler.Result result = DrlCompiler.compile(pack);
            if (!result.problems().isEmpty()) {
                throw new PackException(result.problems());
            }
            packages = result.packages();
        }
        Map<String, CriterionDefinition> data = new LinkedHashMap<>();
        // A duplicate id is reported by the criteria checker; one rule per id keeps the rule base buildable until then.
        pack.criteria().criteria().forEach(c -> data.putIfAbsent(c.id(), c));
        if (!data.isEmpty()) {
            models.add(CriteriaRules.compile(criteriaPackage(pack.id()), List.copyOf(data.values())));
        }
        return new CompiledPack(pack, models, packages);
    }

    /** The package that holds the rules compiled from a pack's criteria files. */
    static String criteriaPackage(String packId) {
        return "org.mnr.criteria." + packId.replace('-', '_');
    }

    /** The DRL packages that hold the pack's rules. */
    Set<String> packageNames() {
        Set<String> names = new TreeSet<>();
        models.forEach(m -> m.getRules().forEach(r -> names.add(r.getPackage())));
        packages.stream().filter(p -> !p.getRules().isEmpty()).forEach(p -> names.add(p.getName()));
        return names;
    }
}
