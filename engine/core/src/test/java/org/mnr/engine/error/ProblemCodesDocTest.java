package org.mnr.engine.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/problem-codes.md lists exactly the codes of {@link ProblemCode}, with their meanings, so the published list
 * never drifts from what the engine reports. Regenerate it with
 * {@code ./mvnw -pl engine/core test -Dtest=ProblemCodesDocTest -Dmnr.docs.update=true} and review the diff.
 */
class ProblemCodesDocTest {

    /** The repository root: the engine module runs from {@code engine/core}. */
    private static final Path DOC = Path.of("../../docs/problem-codes.md");

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Problem codes\n\n");
        md.append("<!-- Generated from org.mnr.engine.error.ProblemCode by ProblemCodesDocTest: edit the enum, not this file. -->\n\n");
        md.append("Every problem (`Problem.code()`, `PackProblem.code()`) and every exception the engine and its libraries throw on\n");
        md.append("purpose (`MnrException.code()`) carries one of these codes. Codes are stable: an application may translate\n");
        md.append("them or map them to HTTP answers. Messages are for people and may be reworded in any version; a minor\n");
        md.append("version may add codes, never change or remove one (see compatibility.md).\n\n");
        md.append("| Code | Meaning |\n|---|---|\n");
        for (ProblemCode code : ProblemCode.values()) {
            md.append("| `").append(code.code()).append("` | ").append(code.meaning().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    @Test
    void theDocumentListsEveryCodeWithItsMeaning() throws IOException {
        String generated = render();
        if (Boolean.getBoolean("mnr.docs.update")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/problem-codes.md is missing or out of date; regenerate it: see this test's Javadoc")
                .exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/problem-codes.md is out of date with ProblemCode; regenerate it: see this test's Javadoc")
                .isEqualTo(generated);
    }
}
