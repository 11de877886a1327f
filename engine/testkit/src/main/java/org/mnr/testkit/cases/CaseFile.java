package org.mnr.testkit.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.Objects;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;

/**
 * A designer's test case, read from a {@code *.case.yaml} file: evidence, the variants to score it
 * with, and what the result must be.
 *
 * @param file the case file
 * @param name the case's name, as reported
 * @param evidence the evidence, from the file it names or given inline
 * @param variants which variants to score with
 * @param expect the expectations of its {@code expect} section, or null
 * @param expected the whole result it must match, from its {@code expected} file, or null
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record CaseFile(Path file, String name, Evidence evidence, Variants variants, Expectations expect,
        ExpectedResult expected) {

    /** Validates the fields. */
    public CaseFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(variants, "variants");
        if (expect == null && expected == null) {
            throw new IllegalArgumentException("a case expects something");
        }
    }

    /** The name a case file gets when it gives none: its file name without {@code .case.yaml}. */
    public static String defaultName(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : new String[] {".case.yaml", ".case.yml", ".yaml", ".yml"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
