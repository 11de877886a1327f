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
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.DomainResult;
import org.mnr.reports.internal.Figures;

/**
 * Renders assessments as one CSV table, one row per assessment in the order given: code, name,
 * assessment date, level and score of each capability, each domain's score, and the overall score
 * and coverage.
 *
 * <p>RFC 4180: comma-separated, CRLF line ends, fields quoted where they need it.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class CsvReport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

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
            header.add(prefix + "score");
        }
        for (DomainResult d : first.domains()) {
            header.add(CsvCells.text(d.id() + " " + d.name()) + " score");
        }
        header.add("overall score");
        header.add("overall coverage");
        return header;
    }

    private static List<String> row(Assessment assessment) {
        List<String> row = new ArrayList<>();
        row.add(CsvCells.text(assessment.country().code()));
        row.add(assessment.country().name() == null ? "" : CsvCells.text(assessment.country().name()));
        row.add(assessment.assessedOn().toString());
        for (CapabilityResult c : assessment.capabilities()) {
            row.add(String.valueOf(c.level()));
            row.add(Figures.score(c.score()));
        }
        for (DomainResult d : assessment.domains()) {
            row.add(Figures.score(d.score()));
        }
        row.add(Figures.score(assessment.overall().score()));
        row.add(Figures.share(assessment.overall().coverage()));
        return row;
    }

    private static List<String> ids(Assessment assessment) {
        List<String> ids = new ArrayList<>();
        assessment.capabilities().forEach(c -> ids.add("C" + c.id()));
        assessment.domains().forEach(d -> ids.add(d.id()));
        return ids;
    }
}
