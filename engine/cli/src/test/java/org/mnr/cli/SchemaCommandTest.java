package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.pack.Pack;

class SchemaCommandTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void theEvidenceSchemaHasAnItemSchemaForEveryKeyOfEveryPack() throws IOException {
        JsonNode schema = schema("schema");
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> refs = new ArrayList<>();
        schema.at("/$defs/item/oneOf").forEach(ref -> refs.add(ref.path("$ref").asText()));
        List<String> keys = ENGINE.packs().stream().flatMap(p -> p.vocabulary().stream()).map(k -> "#/$defs/" + k.key()).toList();
        assertThat(refs).containsExactlyElementsOf(keys);
        for (Pack pack : ENGINE.packs()) {
            for (EvidenceKey key : pack.vocabulary()) {
                JsonNode item = schema.path("$defs").path(key.key());
                assertThat(item.at("/properties/key/const").asText()).isEqualTo(key.key());
                assertThat(item.path("additionalProperties").asBoolean(true)).isFalse();
                assertThat(item.path("description").asText()).startsWith(key.description());
            }
        }
    }

    @Test
    void eachValueHasItsKeysTypeValuesAndRangeAndMayBeNull() throws IOException {
        JsonNode defs = schema("schema").path("$defs");
        assertThat(defs.at("/governance.body.exists/properties/value").toString()).isEqualTo("{\"type\":[\"boolean\",\"null\"]}");
        assertThat(defs.at("/governance.body.mandate/properties/value/enum").toString())
                .isEqualTo("[\"none\",\"informal\",\"ministerial_decision\",\"statutory\",null]");
        JsonNode age = defs.at("/legislation.child_age_threshold/properties/value");
        assertThat(age.path("minimum").asInt()).isZero();
        assertThat(age.path("maximum").asInt()).isEqualTo(21);
        JsonNode members = defs.at("/governance.body.members/properties/value");
        assertThat(members.path("uniqueItems").asBoolean()).isTrue();
        assertThat(members.at("/items/enum/0").asText()).isEqualTo("government");
        assertThat(defs.at("/governance.strategy.adopted_date/properties/value/format").asText()).isEqualTo("date");
    }

    @Test
    void theTopLevelDescribesCountryAndDate() throws IOException {
        JsonNode schema = schema("schema");
        assertThat(schema.path("required").toString()).isEqualTo("[\"country\",\"assessedOn\",\"evidence\"]");
        assertThat(schema.at("/properties/country/properties/memberships/items/enum").toString())
                .isEqualTo("[\"ASEAN\",\"AU\",\"CoE\",\"EU\"]");
        assertThat(schema.at("/properties/country/properties/code/pattern").asText()).isEqualTo("^[A-Z]{2}$");
        assertThat(schema.at("/properties/assessedOn/format").asText()).isEqualTo("date");
        assertThat(schema.at("/properties/$schema/type").asText()).isEqualTo("string");
    }

    @Test
    void namedVariantsLimitTheKeysToTheirsAndTheBase() throws IOException {
        JsonNode defs = schema("schema", "--variant", "coe").path("$defs");
        assertThat(defs.has("coe.lanzarote.monitoring_reply_date")).isTrue();
        assertThat(defs.has("governance.body.exists")).isTrue();
        assertThat(defs.has("asean.rpa.national_plan")).isFalse();
        assertThat(CliRun.of("schema", "--variant", "xx").exit()).isEqualTo(2);
    }

    @Test
    void theResultSchemaRequiresWhatResultsAlwaysHaveAndNamesTheStatuses() throws IOException {
        JsonNode schema = schema("schema", "--kind", "result");
        assertThat(schema.path("required").toString())
                .isEqualTo("[\"formatVersion\",\"country\",\"assessedOn\",\"engine\",\"packs\",\"minConfidence\",\"overall\",\"domains\",\"capabilities\",\"warnings\"]");
        assertThat(schema.at("/$defs/Status/enum").toString()).isEqualTo("[\"met\",\"unmet\",\"unknown\",\"waived\"]");
        JsonNode criterion = schema.at("/$defs/CriterionResult");
        assertThat(criterion.path("required").toString())
                .isEqualTo("[\"id\",\"level\",\"weight\",\"status\",\"title\",\"evidence\",\"missing\",\"missingLevels\",\"rule\",\"pack\"]");
        assertThat(criterion.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.at("/$defs/CapabilityResult/required").toString()).contains("\"next\"");
        assertThat(schema.at("/$defs/CapabilityResult/properties/next").toString()).contains("nullable");
        // Format 1.1: the range and the confidence, which is null at level 0.
        assertThat(schema.at("/$defs/CapabilityResult/required").toString()).contains("\"levelMax\"").contains("\"scoreMax\"")
                .contains("\"confidence\"");
        assertThat(schema.at("/$defs/CapabilityResult/properties/confidence").toString()).contains("nullable");
    }

    @Test
    void variantsDoNotApplyToTheResultSchema() {
        CliRun run = CliRun.of("schema", "--kind", "result", "--variant", "coe");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--variant chooses evidence keys");
    }

    @Test
    void helpNamesEveryOption() {
        CliRun run = CliRun.of("schema", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: mnr schema").contains("--kind").contains("--variant").contains("-o, --output");
    }
}
