package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.pack.PackRules;
import org.mnr.testkit.newpack.PackProject;

class CatalogueCommandTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();

    @TempDir
    Path dir;

    /**
     * A variant that waives a base criterion, loaded with --pack: no installed 2.0.0 variant waives one (docs/changes.md,
     * the ASEAN and EU waivers were removed), so the catalogue's waivers are shown with this one.
     */
    private Path waivingVariant() throws IOException {
        Path project = dir.resolve("oecs");
        PackProject.of("oecs").write(project);
        Path folder = project.resolve("src/main/resources");
        Path criteria;
        try (Stream<Path> files = Files.walk(folder)) {
            criteria = files.filter(f -> f.getFileName().toString().equals("oecs.yaml")).findFirst().orElseThrow();
        }
        Files.writeString(criteria, "\nwaives:\n  - id: C07.L4.icse-direct-connection\n"
                + "    reason: \"Members reach ICSE through a shared regional unit.\"\n", StandardOpenOption.APPEND);
        return folder;
    }

    @Test
    void listsEveryBaseCriterionUnderItsCapabilityAndLevelWithWhatItReads() {
        CliRun run = CliRun.of("catalogue");
        assertThat(run.exit()).isZero();
        String md = run.out();
        for (var criterion : ENGINE.packRules().get(0).criteria()) {
            assertThat(md).contains("- **" + criterion.id() + "** (weight " + criterion.weight() + "): " + criterion.title());
        }
        assertThat(md).contains("## D1 Policy and Governance\n\n### 1 Leadership\n\nA mandated, multi-stakeholder national body")
                .contains("#### Level 2: Developing\n\n- **C01.L2.current-strategy** (weight 1)")
                .contains("  - reads `governance.body.mandate` (one of `none`, `informal`, `ministerial_decision`, `statutory`): "
                        + "Legal basis of the coordinating body's mandate.")
                .contains("  - reads `legislation.child_age_threshold` (a number from 0 to 21, in years): ")
                .contains("- **C01.L3.evidence-informed** (weight 1): Leadership draws on a developing national evidence base"
                        + " (capability 2 at Developing or above)\n  - depends on the level of capability 2, Research, Analysis and Monitoring\n"
                        + "  - met when capability 2 is at level 2 (Developing) or above\n")
                .contains("- **C12.L3.takedown-72h** (weight 2): Domestically hosted CSAM is removed within 72 hours of a report (median)\n"
                        + "  - reads `hotline.median_takedown_hours` (a number of at least 0, in hours): ")
                .contains("  - met when hotline.median_takedown_hours is at most 72\n")
                .contains("  - met when at least 2 of: research.statistics_published is true; research.international_benchmarking is true;"
                        + " research.admin_data.disaggregation is by_offence_age_sex\n");
    }

    @Test
    void withoutVariantsEachVariantHasASectionWithItsAdditionsReplacementsAndWaivers() throws IOException {
        String md = CliRun.of("catalogue", "--pack", waivingVariant().toString()).out();
        // coe 2.0.0 (docs/changes.md): COE.C01.L4.lanzarote-monitoring, capability 1, level 4, weight 1; C07.L4.icse-direct-connection
        // is the base criterion at capability 7, level 4, weight 1 that the local variant waives.
        assertThat(md).contains("### coe Council of Europe\n\nApplies to membership CoE; version 2.0.0.")
                .contains("- **COE.C01.L4.lanzarote-monitoring** (capability 1, level 4, weight 1): The state replied to the Lanzarote"
                        + " Committee's latest monitoring round within the last 5 years")
                .contains("- **C08.L3.child-friendly-centres** (capability 8, level 3, weight 1): Barnahus meeting the European"
                        + " Barnahus Quality Standards serve at least half of regions\n"
                        + "  - replaces the base criterion: Multi-agency child-friendly centres serve at least half of regions\n")
                .contains("- ~~**C07.L4.icse-direct-connection**~~ (capability 7, level 4, weight 1)")
                .contains("  - waived because: Members reach ICSE through a shared regional unit.");
        // The base section shows the base title: replacements are not applied inline.
        assertThat(md).contains("- **C08.L3.child-friendly-centres** (weight 1): Multi-agency child-friendly centres serve at least half of regions");
    }

    @Test
    void aNamedVariantIsAppliedInlineAndMarked() throws IOException {
        CliRun run = CliRun.of("catalogue", "--variant", "coe");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Generated by `mnr catalogue --variant coe`")
                .contains("- **COE.C01.L4.lanzarote-monitoring** (weight 1) *added by coe*: The state replied to the Lanzarote Committee's")
                .contains("- **C08.L3.child-friendly-centres** (weight 1) *replaced by coe*: Barnahus meeting")
                .doesNotContain("Multi-agency child-friendly centres serve at least half of regions\n- ")
                .doesNotContain("## Regional variants")
                .doesNotContain("ASEAN.");
        assertThat(CliRun.of("catalogue", "--pack", waivingVariant().toString(), "--variant", "oecs").out())
                .contains("- ~~**C07.L4.icse-direct-connection**~~ (weight 1) *waived by oecs*: ");
    }

    @Test
    void csvHasOneRowPerCriterionAndChange() throws IOException {
        CliRun run = CliRun.of("catalogue", "--format", "csv");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        int changes = 0;
        for (PackRules pack : ENGINE.packRules().subList(1, ENGINE.packRules().size())) {
            changes += pack.criteria().size() + pack.pack().waivers().size();
        }
        assertThat(lines).hasSize(1 + ENGINE.packRules().get(0).criteria().size() + changes);
        assertThat(lines.get(0)).isEqualTo("domain,capability,capabilityName,level,levelName,id,title,weight,pack,reads,dependsOn,"
                + "change,variant,replacedTitle,reason,condition,source,rationale,exempt");
        // Source, rationale and exemptions follow the condition (issue 17); the pack's content decides what they say.
        assertThat(lines).anyMatch(l -> l.startsWith("D1,1,Leadership,1,Building,C01.L1.political-commitment,"
                + "The government has made a public commitment to tackle online CSEA,1,mnr,"
                + "governance.ministerial_commitment governance.wpga_member,,,,,,"
                + "any of: governance.ministerial_commitment is true; governance.wpga_member is true,"));
        List<String> waived = CliRun.of("catalogue", "--format", "csv", "--pack", waivingVariant().toString()).out().lines().toList();
        assertThat(waived).anyMatch(l -> l.startsWith("D2,7,Access to Image Databases,4,Mature,C07.L4.icse-direct-connection,")
                && l.contains(",waived,oecs,,Members reach ICSE through a shared regional unit."));
    }

    @Test
    void jsonHasTheSameStructure() throws IOException {
        CliRun run = CliRun.of("catalogue", "--format", "json", "--variant", "eu");
        assertThat(run.exit()).isZero();
        JsonNode catalogue = new ObjectMapper().readTree(run.out());
        assertThat(catalogue.path("applied").toString()).isEqualTo("[\"eu\"]");
        assertThat(catalogue.path("domains")).hasSize(6);
        JsonNode leadership = catalogue.path("domains").get(0).path("capabilities").get(0);
        assertThat(leadership.path("name").asText()).isEqualTo("Leadership");
        JsonNode criterion = leadership.path("levels").get(0).path("criteria").get(0);
        assertThat(criterion.path("id").asText()).isEqualTo("C01.L1.coordination-body");
        assertThat(criterion.path("reads").get(0).path("type").asText()).isEqualTo("boolean");
        // eu 2.0.0 replaces C04.L2.data-retention where 1.0.0 waived it (docs/changes.md, eu).
        assertThat(run.out()).contains("\"kind\": \"replaced\"").contains("\"variant\": \"eu\"").doesNotContain("\"kind\": \"waived\"");
        assertThat(criterion.path("when").toString()).isEqualTo("{\"key\":\"governance.body.exists\",\"equals\":true}");
    }

    @Test
    void jsonPublishesTheCriteriaAsDataInTheFormsOfTheModel() throws IOException {
        CliRun run = CliRun.of("catalogue", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode catalogue = new ObjectMapper().readTree(run.out());
        assertThat(catalogue.fieldNames()).toIterable().containsExactly("packs", "applied", "levels", "vocabulary", "domains", "variants");
        JsonNode hours = null;
        for (JsonNode key : catalogue.path("vocabulary")) {
            if (key.path("key").asText().equals("hotline.median_takedown_hours")) {
                hours = key;
            }
        }
        assertThat(hours).isNotNull();
        assertThat(hours.path("type").asText()).isEqualTo("number");
        assertThat(hours.path("min").asInt()).isZero();
        assertThat(hours.has("max") && hours.path("max").isNull()).as("max is null when the vocabulary gives none").isTrue();
        assertThat(hours.has("values") && hours.path("values").isNull()).as("values is null for a number").isTrue();
        assertThat(hours.path("pack").asText()).isEqualTo("mnr");
        int criteria = 0;
        for (JsonNode domain : catalogue.path("domains")) {
            for (JsonNode capability : domain.path("capabilities")) {
                for (JsonNode level : capability.path("levels")) {
                    for (JsonNode criterion : level.path("criteria")) {
                        assertThat(criterion.path("when").isObject()).as(criterion.path("id").asText()).isTrue();
                        criteria++;
                    }
                }
            }
        }
        assertThat(criteria).isEqualTo(ENGINE.packRules().get(0).criteria().size());
        JsonNode asean = catalogue.path("variants").get(0);
        assertThat(asean.path("id").asText()).isEqualTo("asean");
        assertThat(asean.path("appliesTo").toString()).isEqualTo("[\"ASEAN\"]");
        assertThat(asean.path("replaces").get(0).path("when").toString()).isEqualTo("{\"key\":\"csr.the_code_members\",\"atLeast\":10}");
        assertThat(asean.path("waives")).as("asean 2.0.0 waives nothing (docs/changes.md)").isEmpty();
        assertThat(run.out()).contains("\"countAtLeast\": 2").contains("\"of\": [").contains("\"levelAtLeast\": 2")
                .doesNotContain("\"custom\"");
    }

    @Test
    void aHandWrittenRuleIsMarkedCustomWithNoCondition() throws IOException {
        CliRun run = CliRun.of("catalogue", "--format", "json", "--rules", "src/test/resources/packs/rogue", "--variant", "rogue");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode catalogue = new ObjectMapper().readTree(run.out());
        JsonNode leadership = catalogue.path("domains").get(0).path("capabilities").get(0);
        JsonNode custom = null;
        for (JsonNode criterion : leadership.path("levels").get(3).path("criteria")) {
            if (criterion.path("id").asText().equals("ROGUE.C01.L4.loop")) {
                custom = criterion;
            }
        }
        assertThat(custom).isNotNull();
        assertThat(custom.has("when") && custom.path("when").isNull()).as("when is null for a hand-written rule").isTrue();
        assertThat(custom.path("custom").asText()).isEqualTo("drl");
        assertThat(CliRun.of("catalogue", "--rules", "src/test/resources/packs/rogue", "--variant", "rogue").out())
                .contains("  - met when its hand-written rule says so (custom: drl)\n");
    }

    @Test
    void theSamePacksGiveTheSameBytesAndOutputGoesToTheFile() throws IOException {
        Path file = dir.resolve("docs/catalogue.md");
        assertThat(CliRun.of("catalogue", "-o", file.toString()).exit()).isZero();
        assertThat(Files.readString(file)).isEqualTo(CliRun.of("catalogue").out());
        assertThat(CliRun.of("catalogue", "--format", "csv").out()).isEqualTo(CliRun.of("catalogue", "--format", "csv").out());
    }

    @Test
    void anUnknownVariantIsAUsageError() {
        CliRun run = CliRun.of("catalogue", "--variant", "xx");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown variant 'xx'; installed variants: asean, au, coe, eu");
    }

    @Test
    void helpNamesEveryOption() {
        CliRun run = CliRun.of("catalogue", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: mnr catalogue").contains("--variant").contains("--format").contains("-o, --output")
                .contains("--rules");
    }
}
