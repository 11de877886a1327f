package org.mnr.engine.internal.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/** Joins the compiled rules of several packs into one KieBase. */
final class KieBases {

    private KieBases() {
    }

    static KieBase of(Collection<CompiledPack> packs) {
        List<Model> models = new ArrayList<>();
        List<KiePackage> packages = new ArrayList<>();
        for (CompiledPack pack : packs) {
            models.addAll(pack.models());
            packages.addAll(pack.packages());
        }
        InternalKnowledgeBase kieBase = models.isEmpty()
                ? KnowledgeBaseFactory.newKnowledgeBase()
                : KieBaseBuilder.createKieBaseFromModel(models);
        if (!packages.isEmpty()) {
            kieBase.addPackages(packages);
        }
        return kieBase;
    }
}
