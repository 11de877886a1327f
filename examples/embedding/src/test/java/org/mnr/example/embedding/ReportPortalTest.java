package org.mnr.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.PackVersion;

/** The portal scores a fixture country and renders its report with only the engine, the base pack and the reports. */
class ReportPortalTest {

    private static final Path FIXTURES = Path.of("../../fixtures");
    // Arvenia belongs to no regional body, so the base pack alone gives its golden result.
    private static final Path EVIDENCE = FIXTURES.resolve("evidence/xa-arvenia-2026.json");
    private static final Path GOLDEN = FIXTURES.resolve("expected/xa-arvenia-2026.json");

    private static ReportPortal portal;

    @BeforeAll
    static void buildOnce() {
        portal = new ReportPortal();
    }

    @Test
    void scoresTheFixtureExactlyAsItsGoldenResult() throws IOException {
        Assessment assessment = portal.assess(EVIDENCE);

        assertThat(assessment.toJson().strip()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8).strip());
    }

    @Test
    void rendersAWholeHtmlReportWithEveryCapability() {
        String html = portal.htmlReport(EVIDENCE);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("Arvenia").contains("<svg");
        assertThat(Pattern.compile("id=\"capability-\\d+\"").matcher(html).results().count()).isEqualTo(21);
    }

    @Test
    void mainWritesTheReportFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("arvenia.html");

        ReportPortal.main(new String[] {EVIDENCE.toString(), report.toString()});

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(portal.htmlReport(EVIDENCE));
    }

    @Test
    void classPathHasNoLogbackPicocliPoiOrDrlCompiler() {
        assertThat(System.getProperty("java.class.path").split(Pattern.quote(System.getProperty("path.separator"))))
                .noneMatch(entry -> Pattern.compile("logback|picocli|poi|drools-compiler|drools-mvel|drools-model-codegen|mvel2|mnr-cli")
                        .matcher(Path.of(entry).getFileName().toString()).find());
        for (String absent : new String[] {
                "ch.qos.logback.classic.Logger", "picocli.CommandLine", "org.apache.poi.ss.usermodel.Workbook",
                "org.drools.compiler.builder.impl.KnowledgeBuilderFactoryServiceImpl", "org.drools.mvel.MVELConstraintBuilder"}) {
            assertThatThrownBy(() -> Class.forName(absent)).as(absent).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void aCriteriaPackFolderLoadsAndScoresWithoutTheCompiler() throws IOException {
        // Criteria files are data: a designer's folder needs no DRL compiler, and scores as the built pack does.
        MaturityEngine fromFolder = MaturityEngine.builder().withoutClassPathPacks().packFolder(Path.of("../../rules/src/main/resources")).build();

        Assessment assessment = fromFolder.assess(Evidence.read(EVIDENCE));

        // A pack from a folder is marked as local, with a hash of its files, so a result never passes it off as the
        // published pack; apart from that mark the result is the built pack's.
        PackVersion pack = assessment.packs().get(0);
        assertThat(pack.local()).isTrue();
        assertThat(pack.hash()).startsWith("sha256:");
        Assessment unmarked = new Assessment(assessment.formatVersion(), assessment.country(), assessment.assessedOn(),
                assessment.engine(), List.of(new PackVersion(pack.id(), pack.version())), assessment.minConfidence(),
                assessment.overall(), assessment.domains(), assessment.capabilities(), assessment.warnings());
        assertThat(unmarked.toJson().strip()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8).strip());
    }

    @Test
    void aHandWrittenDrlPackFolderWithoutTheCompilerNamesTheArtifactsToAdd() {
        // A copy of the engine's test pack "mini", whose rules are hand-written DRL.
        Path folder = Path.of("src/test/resources/packs/mini");

        assertThatThrownBy(() -> MaturityEngine.builder().withoutClassPathPacks().packFolder(folder).build())
                .hasMessageContaining("org.drools:drools-compiler")
                .hasMessageContaining("org.drools:drools-mvel");
    }
}
