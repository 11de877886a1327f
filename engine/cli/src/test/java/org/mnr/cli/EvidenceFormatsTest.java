package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that takes evidence takes it as JSON, YAML or an Excel workbook, alone or in a directory. */
class EvidenceFormatsTest {

    private static final String JSON = """
            {
              "country": {"code": "XA", "name": "Atlantis", "memberships": ["CoE"]},
              "assessedOn": "2026-06-30",
              "evidence": [
                {"key": "governance.body.exists", "value": true, "source": "Decree 12/2021"},
                {"key": "governance.body.members", "value": ["government", "law_enforcement"]},
                {"key": "hotline.median_takedown_hours", "value": 36},
                {"key": "governance.strategy.adopted_date", "value": "2024-02-29"},
                {"key": "coe.lanzarote.monitoring_reply_date", "value": "2024-03-15"}
              ]
            }
            """;

    private static final String YAML = """
            country: {code: XA, name: Atlantis, memberships: [CoE]}
            assessedOn: 2026-06-30
            evidence:
              - {key: governance.body.exists, value: true, source: Decree 12/2021}
              - {key: governance.body.members, value: [government, law_enforcement]}
              - {key: hotline.median_takedown_hours, value: 36}
              - {key: governance.strategy.adopted_date, value: 2024-02-29}
              - {key: coe.lanzarote.monitoring_reply_date, value: 2024-03-15}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aDirectoryOfJsonYamlAndWorkbooksScoresThemAllAlike() throws IOException {
        write("in/a.json", JSON);
        write("in/b.yaml", YAML);
        write("in/c.yml", YAML);
        Path workbook = dir.resolve("in/d.xlsx");
        assertThat(CliRun.of("template", "--from", dir.resolve("in/a.json").toString(), "-o", workbook.toString()).exit()).isZero();
        write("in/~$d.xlsx", "Excel's lock file while d.xlsx is open");
        write("in/notes.txt", "not evidence");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("score", dir.resolve("in").toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).as("no progress bar and nothing else without a terminal").isEmpty();
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a.json", "b.json", "c.json", "d.json");
        }
        String fromJson = Files.readString(out.resolve("a.json"));
        assertThat(fromJson).contains("\"source\": \"Decree 12/2021\"");
        assertThat(Files.readString(out.resolve("b.json"))).isEqualTo(fromJson);
        assertThat(Files.readString(out.resolve("c.json"))).isEqualTo(fromJson);
        assertThat(Files.readString(out.resolve("d.json"))).isEqualTo(fromJson);
    }

    @Test
    void validateNamesTheWorkbookCell() throws IOException {
        Path workbook = dir.resolve("xa.xlsx");
        CliRun.of("template", "--from", write("xa.json", JSON).toString(), "-o", workbook.toString());
        int excelRow;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Row row = null;
            for (Row candidate : book.getSheet("Evidence")) {
                if (candidate.getCell(1).getStringCellValue().equals("governance.body.exists")) {
                    row = candidate;
                }
            }
            row.getCell(5).setCellValue("yes");
            excelRow = row.getRowNum() + 1;
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        CliRun run = CliRun.of("validate", workbook.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(workbook + ": sheet Evidence, row " + excelRow
                + ", column F (value): governance.body.exists takes true or false, not the string \"yes\"" + System.lineSeparator());
        assertThat(CliRun.of("score", workbook.toString()).out()).isEmpty();
    }

    @Test
    void yamlProblemsNameLineAndColumn() throws IOException {
        Path yaml = write("xa.yaml", YAML.replace("value: 36", "value: many"));
        CliRun run = CliRun.of("validate", yaml.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(yaml + ":6:49: /evidence/2/value: hotline.median_takedown_hours takes a number, not the string \"many\"");
    }

    @Test
    void aYamlFileScoresAsItsJson() throws IOException {
        assertThat(CliRun.of("score", write("xa.yaml", YAML).toString()).out())
                .isEqualTo(CliRun.of("score", write("xa.json", JSON).toString()).out());
    }
}
