package org.mnr.catalogue;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.mnr.engine.internal.evidence.CsvCells;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mnr.catalogue.Catalogue.CapabilityEntry;
import org.mnr.catalogue.Catalogue.CriterionEntry;
import org.mnr.catalogue.Catalogue.DomainEntry;
import org.mnr.catalogue.Catalogue.KeyEntry;
import org.mnr.catalogue.Catalogue.VariantEntry;

/**
 * Writes the catalogue as CSV for spreadsheets: a header, then one row per criterion, base criteria
 * first in domain order, then each variant's changes.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class CsvCatalogue {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(Row.class).withHeader().withLineSeparator("\n");

    private CsvCatalogue() {
    }

    /**
     * One criterion as a row.
     *
     * @param domain the domain id
     * @param capability the capability number
     * @param capabilityName its name
     * @param level the criterion's level
     * @param levelName the level's name
     * @param id the criterion id
     * @param title what is true when it is met
     * @param weight its weight
     * @param condition when it is met, in words; for a hand-written rule, {@code custom: drl}
     * @param pack the pack whose rule decides it
     * @param reads the evidence keys it reads, separated by spaces
     * @param dependsOn the capabilities whose level it reads, separated by spaces
     * @param change added, replaced or waived, when a variant changed it; else empty
     * @param variant the variant that changed it; else empty
     * @param replacedTitle the base title a replacement replaces; else empty
     * @param reason why a waived criterion does not apply; else empty
     * @param source the documents it rests on; else empty
     * @param rationale why its level or threshold is what it is; else empty
     * @param exempt the countries it is not in force for, each as {@code CODE: reason}, separated by {@code "; "}; else empty
     */
    @JsonPropertyOrder({"domain", "capability", "capabilityName", "level", "levelName", "id", "title", "weight", "pack", "reads",
        "dependsOn", "change", "variant", "replacedTitle", "reason", "condition", "source", "rationale", "exempt"})
    public record Row(String domain, int capability, String capabilityName, int level, String levelName, String id, String title,
            int weight, String pack, String reads, String dependsOn, String change, String variant, String replacedTitle, String reason,
            String condition, String source, String rationale, String exempt) {
    }

    /** The catalogue as CSV, with LF line ends. */
    public static String render(Catalogue catalogue) {
        Map<Integer, String> domainOf = new HashMap<>();
        Map<Integer, String> capabilityNames = new HashMap<>();
        Map<Integer, String> levelNames = new HashMap<>();
        catalogue.levels().forEach(l -> levelNames.put(l.level(), l.name()));
        List<CriterionEntry> criteria = new ArrayList<>();
        for (DomainEntry domain : catalogue.domains()) {
            for (CapabilityEntry capability : domain.capabilities()) {
                domainOf.put(capability.id(), domain.id());
                capabilityNames.put(capability.id(), capability.name());
                capability.levels().forEach(level -> criteria.addAll(level.criteria()));
            }
        }
        for (VariantEntry variant : catalogue.variants()) {
            criteria.addAll(variant.adds());
            criteria.addAll(variant.replaces());
            criteria.addAll(variant.waives());
        }
        List<Row> rows = criteria.stream()
                .map(c -> row(domainOf.get(c.capability()), capabilityNames.get(c.capability()), levelNames.get(c.level()), c))
                .toList();
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(String domain, String capabilityName, String levelName, CriterionEntry c) {
        String reads = c.reads().stream().map(KeyEntry::key).collect(Collectors.joining(" "));
        String dependsOn = c.dependsOn().stream().map(d -> String.valueOf(d.capability())).collect(Collectors.joining(" "));
        // Titles and reasons come from packs, which are code but not this project's: a spreadsheet must evaluate none of them.
        return new Row(CsvCells.text(domain), c.capability(), CsvCells.text(capabilityName), c.level(), CsvCells.text(levelName),
                CsvCells.text(c.id()), CsvCells.text(c.title()), c.weight(), CsvCells.text(c.pack()), CsvCells.text(reads), dependsOn,
                c.change() == null ? "" : c.change().kind(), c.change() == null ? "" : CsvCells.text(c.change().variant()),
                c.change() == null || c.change().replacedTitle() == null ? "" : CsvCells.text(c.change().replacedTitle()),
                c.change() == null || c.change().reason() == null ? "" : CsvCells.text(c.change().reason()),
                CsvCells.text(c.custom() == null ? c.condition() : "custom: " + c.custom()),
                c.source() == null ? "" : CsvCells.text(c.source()), c.rationale() == null ? "" : CsvCells.text(c.rationale()),
                CsvCells.text(c.exempt().stream().map(e -> e.country() + ": " + e.reason()).collect(Collectors.joining("; "))));
    }
}
