package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mnr.engine.internal.evidence.CsvCells;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.DomainResult;
import org.mnr.reports.internal.Figures;

/**
 * Renders assessments as one CSV table, one row per assessment in the order given: code, name,
 * assessment date; per capability its level, the highest level it could reach (level max), score,
 * highest score and confidence; each domain's score and highest score; the overall score, highest score
 * and coverage, and the lowest confidence of evidence counted.
 *
 * <p>A capability with no settled criterion has {@value #NOT_ASSESSED} in its level column, never 0; its
 * confidence is empty, as at level 0. RFC 4180: comma-separated, CRLF line ends, fields quoted where they
 * need it, no byte order mark (the CLI adds one for Excel on request: {@link #BYTE_ORDER_MARK}).
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class CsvReport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** What the level column says of a capability with no settled criterion. */
    public static final String NOT_ASSESSED = "not assessed";

    /**
     * The UTF-8 byte order mark, as a character: written first, it makes Excel read the file as UTF-8 rather than
     * in the system's code page, so that accented names survive; other tools may read it as part of the first name.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvReport() {
    }

    /** The CSV of the assessments, header first; the columns follow the first assessment's capabilities and domains. */
    public static String render(List<Assessment> assessments) {
        Table table = new Table();
        assessments.forEach(table::add);
        return table.render();
    }

    /**
     * A table built one assessment at a time, keeping only each row's figures, so that a batch of any size
     * fits in memory.
     */
    public static final class Table {
        private Assessment first;
        private List<String> firstIds;
        private final List<List<String>> rows = new ArrayList<>();

        /** Adds a row for the assessment. */
        public void add(Assessment assessment) {
            if (first == null) {
                first = assessment;
                firstIds = ids(assessment);
                rows.add(header(assessment));
            }
            if (!ids(assessment).equals(firstIds)) {
                throw new IllegalArgumentException("assessments of " + assessment.country().code() + " and "
                        + first.country().code() + " have different capabilities or domains and cannot share one table");
            }
            rows.add(row(assessment));
        }

        /** Whether no row was added. */
        public boolean isEmpty() {
            return first == null;
        }

        /** The table as CSV, header first; empty when no row was added. */
        public String render() {
            StringBuilder csv = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return csv.toString();
        }
    }

    private static List<String> header(Assessment first) {
        List<String> header = new ArrayList<>(List.of("code", "name", "assessed on"));
        for (CapabilityResult c : first.capabilities()) {
            String prefix = String.format(Locale.ROOT, "C%02d %s ", c.id(), CsvCells.text(c.name()));
            header.add(prefix + "level");
            header.add(prefix + "level max");
            header.add(prefix + "score");
            header.add(prefix + "score max");
            header.add(prefix + "confidence");
        }
        for (DomainResult d : first.domains()) {
            header.add(CsvCells.text(d.id() + " " + d.name()) + " score");
            header.add(CsvCells.text(d.id() + " " + d.name()) + " score max");
        }
        header.add("overall score");
        header.add("overall score max");
        header.add("overall coverage");
        header.add("min confidence");
        return header;
    }

    private static List<String> row(Assessment assessment) {
        List<String> row = new ArrayList<>();
        row.add(CsvCells.text(assessment.country().code()));
        row.add(assessment.country().name() == null ? "" : CsvCells.text(assessment.country().name()));
        row.add(assessment.assessedOn().toString());
        for (CapabilityResult c : assessment.capabilities()) {
            row.add(c.assessed() ? String.valueOf(c.level()) : NOT_ASSESSED);
            row.add(String.valueOf(c.levelMax()));
            row.add(Figures.score(c.score()));
            row.add(Figures.score(c.scoreMax()));
            row.add(c.confidence() == null ? "" : c.confidence().word());
        }
        for (DomainResult d : assessment.domains()) {
            row.add(Figures.score(d.score()));
            row.add(Figures.score(d.scoreMax()));
        }
        row.add(Figures.score(assessment.overall().score()));
        row.add(Figures.score(assessment.overall().scoreMax()));
        row.add(Figures.share(assessment.overall().coverage()));
        row.add(assessment.minConfidence() == null ? Confidence.REPORTED.word() : assessment.minConfidence().word());
        return row;
    }

    private static List<String> ids(Assessment assessment) {
        List<String> ids = new ArrayList<>();
        assessment.capabilities().forEach(c -> ids.add("C" + c.id()));
        assessment.domains().forEach(d -> ids.add(d.id()));
        return ids;
    }
}
