package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the criteria files a pack's descriptor lists. */
@API(status = INTERNAL, since = "1.0")
public final class CriteriaFiles {

    /**
     * How to read one of a pack's files.
     */
    @FunctionalInterface
    public interface Source {
        /** The bytes of a file, relative to the pack's folder. */
        byte[] read(String relativePath) throws IOException;
    }

    /**
     * The pack's criteria, or every problem in its files.
     *
     * @param criteria what the files define; their good criteria even when there are problems
     * @param problems every problem, file by file
     */
    public record Result(PackCriteria criteria, List<CriteriaProblem> problems) {

        /** Copies the problems. */
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private CriteriaFiles() {
    }

    /**
     * Reads a pack's criteria files.
     *
     * @param pack the pack's id
     * @param variant whether the pack is a variant
     * @param files the files, relative to the pack's folder, as its descriptor lists them
     * @param source how to read them
     * @param describe how to name a file in messages
     */
    public static Result read(String pack, boolean variant, List<String> files, Source source, Function<String, String> describe) {
        List<CriteriaFile> read = new ArrayList<>();
        List<CriteriaProblem> problems = new ArrayList<>();
        for (String file : files) {
            String name = describe.apply(file);
            byte[] bytes;
            try {
                bytes = source.read(file);
            } catch (IOException e) {
                problems.add(new CriteriaProblem(new Where(name, 0, 0), "listed under criteria in pack.yaml of pack " + pack
                        + " but cannot be read; check the name and that the file exists"));
                continue;
            }
            CriteriaReader.Result result = CriteriaReader.read(name, bytes, variant);
            problems.addAll(result.problems());
            read.add(result.file());
        }
        return new Result(new PackCriteria(pack, variant, read), problems);
    }
}
