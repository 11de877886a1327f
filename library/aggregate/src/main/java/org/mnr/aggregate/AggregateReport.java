package org.mnr.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mnr.engine.internal.evidence.CsvCells;
import org.mnr.engine.model.Level;
import org.mnr.engine.result.ResultJson;

/** Writes a {@link LevelDistribution} as Markdown, CSV or JSON; none of them names a country. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class AggregateReport {

    private static final String HIDDEN = "hidden";
    private static final String WITHHELD = "withheld";

    private AggregateReport() {
    }

    /** The notes every form carries: what is counted and what is withheld. */
    public static List<String> notes(LevelDistribution distribution) {
        int min = distribution.minGroup();
        List<String> notes = new ArrayList<>();
        notes.add("No country is named. A country assessed more than once counts once, with its latest assessment.");
        notes.add("Counts below " + min + " are suppressed (shown as \"<" + min + "\", null in JSON), zero included. Where a"
                + " capability has a single suppressed count, its first count of " + min + " or more is withheld too (shown as \""
                + HIDDEN + "\", null in JSON), so that the suppressed count cannot be worked out from the number of countries.");
        if (distribution.hasWithheldRows()) {
            notes.add("A capability whose suppressed counts could all be worked out from the number of countries is withheld"
                    + " whole (shown as \"" + WITHHELD + "\", null in JSON).");
        }
        if (distribution.tooFewCountries()) {
            notes.add("Fewer than " + min + " countries are counted, so every count is withheld.");
        }
        return notes;
    }

    /** The distribution as a Markdown page. */
    public static String markdown(LevelDistribution distribution) {
        StringBuilder md = new StringBuilder("# MNR maturity levels across countries: anonymised aggregate\n\n");
        md.append("How many of the ").append(distribution.countries()).append(" countries counted are at each level of each capability.\n\n");
        notes(distribution).forEach(note -> md.append("- ").append(note.replace("<", "\\<")).append('\n'));
        md.append('\n');
        List<String> header = new ArrayList<>(List.of("#", "Capability", "Domain"));
        distribution.levels().forEach(l -> header.add(l.level() + " " + l.name()));
        md.append(row(header));
        md.append("|--:|---|---|").append("--:|".repeat(distribution.levels().size())).append('\n');
        for (CapabilityCounts capability : distribution.capabilities()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(capability.id()), capability.name(), capability.domain()));
            capability.cells().forEach(c -> cells.add(text(c, distribution.minGroup()).replace("<", "\\<")));
            md.append(row(cells));
        }
        return md.toString();
    }

    /** The distribution as RFC 4180 CSV: a row per capability, a column per level, then the number of countries. */
    public static String csv(LevelDistribution distribution) {
        List<String> header = new ArrayList<>(List.of("capability", "name", "domain"));
        distribution.levels().forEach(l -> header.add(CsvCells.text(l.level() + " " + l.name())));
        header.add("countries");
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (CapabilityCounts capability : distribution.capabilities()) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(capability.id()), CsvCells.text(capability.name()),
                        CsvCells.text(capability.domain())));
                capability.cells().forEach(c -> row.add(text(c, distribution.minGroup())));
                row.add(String.valueOf(distribution.countries()));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** The distribution as JSON: a withheld count is null. */
    public static String json(LevelDistribution distribution) {
        List<JsonCapability> capabilities = distribution.capabilities().stream()
                .map(c -> new JsonCapability(c.id(), c.name(), c.domain(), c.cells().stream().map(Cell::count).toList()))
                .toList();
        List<JsonLevel> levels = distribution.levels().stream().map(JsonLevel::of).toList();
        return ResultJson.write(new JsonAggregate(distribution.countries(), distribution.minGroup(), levels, capabilities,
                notes(distribution)));
    }

    private static String text(Cell cell, int minGroup) {
        return switch (cell.kind()) {
            case SHOWN -> String.valueOf(cell.count());
            case BELOW_MIN_GROUP -> "<" + minGroup;
            case HIDDEN -> HIDDEN;
            case WITHHELD -> WITHHELD;
        };
    }

    private static String row(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** The JSON document. */
    @JsonPropertyOrder({"countries", "minGroup", "levels", "capabilities", "notes"})
    record JsonAggregate(int countries, int minGroup, List<JsonLevel> levels, List<JsonCapability> capabilities,
            List<String> notes) {
    }

    /** A level in the JSON document. */
    @JsonPropertyOrder({"level", "name"})
    record JsonLevel(int level, String name) {
        static JsonLevel of(Level level) {
            return new JsonLevel(level.level(), level.name());
        }
    }

    /** A capability's counts in the JSON document, one per level; null where withheld. */
    @JsonPropertyOrder({"id", "name", "domain", "counts"})
    record JsonCapability(int id, String name, String domain, List<Integer> counts) {
    }
}
