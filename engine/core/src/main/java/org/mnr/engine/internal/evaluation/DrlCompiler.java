package org.mnr.engine.internal.evaluation;

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
import org.mnr.engine.internal.pack.ReadFailure;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackProblem;

/** Compiles a pack's DRL files at run time; every error names the file and line, in Drools' own words. */
public final class DrlCompiler {

    private DrlCompiler() {
    }

    /**
     * The compiled packages of a pack's DRL files, or the problems that stop them compiling.
     *
     * @param packages the packages, empty when there are problems
     * @param problems every compilation error
     */
    public record Result(Collection<KiePackage> packages, List<PackProblem> problems) {

        /** Copies the fields. */
        public Result {
            packages = List.copyOf(packages);
            problems = List.copyOf(problems);
        }
    }

    /** Compiles one pack's DRL files together. */
    public static Result compile(Pack pack) {
        if (!compilerPresent()) {
            return new Result(List.of(), List.of(new PackProblem(pack.resources().describe("pack.yaml"), 0,
                    "pack " + pack.id() + " has no compiled rules, and compiling its DRL needs the Drools DRL compiler, which is"
                            + " not on the class path: add the dependencies org.drools:drools-compiler and org.drools:drools-mvel"
                            + " (the version of the other org.drools jars), or use the pack's built jar")));
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<PackProblem> problems = new ArrayList<>();
        for (String file : pack.descriptor().rules()) {
            try {
                byte[] drl = pack.resources().read(file);
                Resource resource = ResourceFactory.newByteArrayResource(drl).setSourcePath(pack.resources().describe(file));
                builder.add(resource, ResourceType.DRL);
            } catch (IOException e) {
                problems.add(new PackProblem(pack.resources().describe(file), 0,
                        "listed in pack.yaml of pack " + pack.id() + " but cannot be read: " + ReadFailure.describe(e)));
            }
        }
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError error : builder.getErrors()) {
                problems.add(problem(error));
            }
        }
        return problems.isEmpty() ? new Result(builder.getKnowledgePackages(), List.of()) : new Result(List.of(), problems);
    }

    // The compiler is an optional dependency of the engine: probe for it rather than fail inside Drools.
    private static boolean compilerPresent() {
        ClassLoader loader = DrlCompiler.class.getClassLoader();
        try {
            Class.forName("org.drools.compiler.builder.impl.KnowledgeBuilderFactoryServiceImpl", false, loader);
            Class.forName("org.drools.mvel.MVELConstraintBuilder", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static PackProblem problem(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? "?" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 0;
        return new PackProblem(file, line, error.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
