package org.mnr.engine.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;

/** Compiles a pack's DRL files at run time; errors name the file and line. */
final class DrlCompiler {

    private DrlCompiler() {
    }

    /** The compiled packages of one pack's DRL files. */
    static Collection<KiePackage> compile(Pack pack) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String file : pack.descriptor().rules()) {
            byte[] drl;
            try {
                drl = pack.resources().read(file);
            } catch (IOException e) {
                throw new PackException(pack.resources().describe(file) + ": listed in " + "pack.yaml"
                        + " of pack " + pack.id() + " but cannot be read: " + e.getMessage(), e);
            }
            Resource resource = ResourceFactory.newByteArrayResource(drl).setSourcePath(pack.resources().describe(file));
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<String> lines = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                lines.add(describe(error));
            }
            throw new PackException(String.join(System.lineSeparator(), lines));
        }
        return builder.getKnowledgePackages();
    }

    private static String describe(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? "?" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        return file + line + ": " + error.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
