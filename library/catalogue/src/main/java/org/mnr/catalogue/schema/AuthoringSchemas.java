package org.mnr.catalogue.schema;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mnr.engine.result.ResultJson;

/**
 * The JSON Schemas of the files a framework designer edits: {@code pack.yaml}, {@code vocabulary.yaml}
 * and criteria files. An editor with a YAML language server completes and checks them as they are typed.
 *
 * <p>They describe the files' shape; {@code mnr lint} checks the rest (that a key exists and has the
 * type a condition compares, that a variant replaces a criterion that exists, ...).
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class AuthoringSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ID_PATTERN = "^(?:[A-Z][A-Z0-9-]*\\.)?C[0-9]{2}\\.L[1-4]\\.[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final String KEY_PATTERN = "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+$";

    private AuthoringSchemas() {
    }

    /** The schema of a pack's descriptor, {@code pack.yaml}. */
    public static String pack() {
        return ResultJson.write(packNode());
    }

    private static ObjectNode packNode() {
        ObjectNode schema = root("MNR pack descriptor (pack.yaml)",
                "What a rule pack is: its id and version, its files, and for the base pack the levels, domains and capabilities,"
                        + " for a variant the pack it extends and whom it applies to.");
        schema.put("type", "object");
        schema.set("required", strings("id", "name", "version", "engineApi", "vocabulary"));
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("id").put("description", "The pack id: lower-case letters, digits and dashes, e.g. mnr or coe.")
                .put("type", "string").put("pattern", "^[a-z][a-z0-9-]*$");
        text(properties, "name", "A human name, e.g. Council of Europe.");
        text(properties, "version", "The pack's version, e.g. 1.1.0.");
        properties.putObject("engineApi").put("description", "The engine API version the pack needs.").put("type", "integer").put("minimum", 1);
        text(properties, "extends", "For a variant: the id of the base pack it changes.");
        properties.putObject("appliesTo").put("description", "For a variant: the membership codes of the countries it applies to.")
                .put("type", "array").putObject("items").put("type", "string");
        files(properties, "criteria", "The criteria files, relative to this file.");
        files(properties, "rules", "DRL files of criteria that the condition forms cannot express (custom: drl), relative to this file.");
        text(properties, "vocabulary", "The evidence vocabulary file, relative to this file.");
        ObjectNode levels = properties.putObject("levels");
        levels.put("description", "For the base pack: the name of each level, 0 to 4.").put("type", "array");
        ObjectNode level = levels.putObject("items").put("type", "object").put("additionalProperties", false);
        level.set("required", strings("level", "name"));
        level.putObject("properties").<ObjectNode>set("level", NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", 4))
                .set("name", NODES.objectNode().put("type", "string"));
        ObjectNode domains = properties.putObject("domains");
        domains.put("description", "For the base pack: the domains and the capabilities in each.").put("type", "array");
        ObjectNode domain = domains.putObject("items").put("type", "object").put("additionalProperties", false);
        domain.set("required", strings("id", "name", "capabilities"));
        ObjectNode domainProperties = domain.putObject("properties");
        domainProperties.putObject("id").put("type", "string");
        domainProperties.putObject("name").put("type", "string");
        domainProperties.putObject("capabilities").put("type", "array").putObject("items").put("type", "integer");
        ObjectNode capabilities = properties.putObject("capabilities");
        capabilities.put("description", "For the base pack: the capabilities.").put("type", "array");
        ObjectNode capability = capabilities.putObject("items").put("type", "object").put("additionalProperties", false);
        capability.set("required", strings("id", "name", "domain"));
        ObjectNode capabilityProperties = capability.putObject("properties");
        capabilityProperties.putObject("id").put("type", "integer").put("minimum", 1);
        capabilityProperties.putObject("name").put("type", "string");
        capabilityProperties.putObject("domain").put("type", "string");
        capabilityProperties.putObject("summary").put("type", "string");
        text(properties, "basis", "What the pack encodes: the edition of the model and of its maturity levels it follows.");
        text(properties, "instruments", "The file of the instruments the pack's criteria cite (instruments.yaml), relative to this file.");
        ObjectNode translations = properties.putObject("translations");
        translations.put("description", "Translation files of the pack's texts by language code (fr, es), relative to this file.")
                .put("type", "object").put("additionalProperties", false);
        translations.putObject("patternProperties").putObject("^[a-z]{2}$").put("type", "string");
        properties.putObject("waive").put("description", "For a variant: base criteria it waives; criteria files can say so too, under waives.")
                .put("type", "array").putObject("items").put("$ref", "#/$defs/waiver");
        schema.putObject("$defs").set("waiver", waiver(false));
        return schema;
    }

    /** The schema of a pack's evidence vocabulary, {@code vocabulary.yaml}. */
    public static String vocabulary() {
        return ResultJson.write(vocabularyNode());
    }

    private static ObjectNode vocabularyNode() {
        ObjectNode schema = root("MNR evidence vocabulary (vocabulary.yaml)",
                "The evidence keys a pack defines: each key with its type, allowed values or range, and what proves it.");
        schema.put("type", "array");
        ObjectNode key = schema.putObject("items");
        key.put("type", "object").put("additionalProperties", false);
        key.set("required", strings("key", "capability", "type", "description"));
        ObjectNode properties = key.putObject("properties");
        properties.putObject("key").put("description", "Dotted lower-case words; a variant's keys start with its id, e.g. coe.lanzarote.ratified.")
                .put("type", "string").put("pattern", KEY_PATTERN);
        properties.putObject("capability").put("description", "The capability the key informs.").put("type", "integer").put("minimum", 1);
        properties.putObject("type").put("description", "The value's type.").set("enum", strings("boolean", "number", "date", "enum", "set"));
        properties.putObject("values").put("description", "For enum and set keys: the allowed values.")
                .put("type", "array").put("uniqueItems", true).putObject("items").put("type", "string");
        properties.putObject("min").put("description", "For number keys: the smallest allowed value.").put("type", "number");
        properties.putObject("max").put("description", "For number keys: the largest allowed value.").put("type", "number");
        text(properties, "unit", "For number keys: the unit, e.g. percent.");
        text(properties, "description", "What the key means and what proves it.");
        ObjectNode retired = properties.putObject("retired");
        retired.put("description", "The key is retired: evidence that still gives it is accepted with a warning to use its replacement.")
                .put("type", "object").put("additionalProperties", false);
        retired.set("required", strings("since"));
        ObjectNode retiredProperties = retired.putObject("properties");
        text(retiredProperties, "since", "The pack version that retired the key.");
        retiredProperties.putObject("replacedBy").put("description", "The key to give instead.").put("type", "string").put("pattern", KEY_PATTERN);
        text(retiredProperties, "reason", "Why the key was retired, e.g. what its question moved to.");
        text(properties, "instrument", "The id of the instrument (in the pack's instruments file) the key asks about.");
        return schema;
    }

    /** The schema of a pack's instruments file, {@code instruments.yaml}. */
    public static String instruments() {
        ObjectNode schema = root("MNR instruments (instruments.yaml)",
                "The instruments a pack's criteria cite, with their dates as data and when those facts were last checked.");
        schema.put("type", "array");
        ObjectNode instrument = schema.putObject("items").put("type", "object").put("additionalProperties", false);
        instrument.set("required", strings("id", "name", "kind", "asOf", "source"));
        ObjectNode properties = instrument.putObject("properties");
        properties.putObject("id").put("description", "Lower-case letters, digits and dashes, e.g. asean-rpa-2021-2025.").put("type", "string")
                .put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
        text(properties, "name", "The instrument's full name.");
        properties.putObject("kind").put("description", "What sort of instrument it is.")
                .set("enum", strings("convention", "directive", "regulation", "policy", "plan", "guideline", "other"));
        ObjectNode period = properties.putObject("period").put("description", "The years it covers, when it has a period.")
                .put("type", "object").put("additionalProperties", false);
        ObjectNode periodProperties = period.putObject("properties");
        periodProperties.putObject("from").put("type", "integer");
        periodProperties.putObject("to").put("type", "integer");
        date(properties, "adopted", "The date it was adopted, yyyy-mm-dd.");
        date(properties, "inForce", "The date it entered into force, yyyy-mm-dd.");
        date(properties, "asOf", "When these facts were last checked, yyyy-mm-dd.");
        text(properties, "source", "Where the facts come from.");
        return ResultJson.write(schema);
    }

    /** The schema of a pack's translation file, e.g. {@code i18n/fr.yaml}. */
    public static String translation() {
        ObjectNode schema = root("MNR pack translation",
                "A pack's texts in one language, by the id of what they translate; what a file lacks is shown in English.");
        schema.put("type", "object").put("additionalProperties", false);
        schema.set("required", strings("language"));
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("language").put("description", "The language, as pack.yaml lists the file: fr, es ...").put("type", "string")
                .put("pattern", "^[a-z]{2}$");
        textsById(properties, "levels", "Base pack: level names by level, 0 to 4.", "^[0-4]$");
        textsById(properties, "domains", "Base pack: domain names by domain id.", null);
        ObjectNode capabilities = properties.putObject("capabilities").put("description", "Base pack: capability names and summaries by number.")
                .put("type", "object").put("additionalProperties", false);
        ObjectNode capability = capabilities.putObject("patternProperties").putObject("^[0-9]+$").put("type", "object")
                .put("additionalProperties", false);
        ObjectNode capabilityProperties = capability.putObject("properties");
        capabilityProperties.putObject("name").put("type", "string");
        capabilityProperties.putObject("summary").put("type", "string");
        textsById(properties, "criteria", "Criterion titles by criterion id.", null);
        textsById(properties, "keys", "Evidence key descriptions by key.", null);
        textsById(properties, "waivers", "Reasons by criterion id: of a variant's waivers, and of a criterion's exemptions.", null);
        return ResultJson.write(schema);
    }

    private static void textsById(ObjectNode properties, String name, String description, String idPattern) {
        ObjectNode texts = properties.putObject(name).put("description", description).put("type", "object");
        if (idPattern == null) {
            texts.putObject("additionalProperties").put("type", "string");
        } else {
            texts.put("additionalProperties", false);
            texts.putObject("patternProperties").putObject(idPattern).put("type", "string");
        }
    }

    private static void date(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("description", description).put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    }

    /** The schema of a criteria file, with no keys to complete. */
    public static String criteria() {
        return ResultJson.write(criteriaNode(List.of()));
    }

    /**
     * The schema of a criteria file: a base pack's {@code criteria}, or a variant's {@code adds}, {@code replaces}
     * and {@code waives}.
     *
     * @param keys the evidence keys of the loaded packs, offered for completion (a key outside them is left to lint)
     */
    public static String criteria(List<String> keys) {
        return ResultJson.write(criteriaNode(keys));
    }

    private static ObjectNode criteriaNode(List<String> keys) {
        ObjectNode schema = root("MNR criteria file",
                "Criteria as data: each criterion's id, level, weight, title and the condition under which it is met.");
        schema.put("type", "object").put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("capability").put("description", "Base pack: the capability of every criterion in the file.")
                .put("type", "integer").put("minimum", 1);
        criteriaList(properties, "criteria", "Base pack: the criteria.");
        criteriaList(properties, "adds", "Variant: criteria it adds, with ids that start with its id in capitals, e.g. COE.C03.L2.name.");
        criteriaList(properties, "replaces", "Variant: base criteria it replaces, with the same id, capability and level.");
        properties.putObject("waives").put("description", "Variant: base criteria that do not apply, each with the reason.")
                .put("type", "array").putObject("items").put("$ref", "#/$defs/waiver");
        ObjectNode defs = schema.putObject("$defs");
        defs.set("criterion", criterion());
        defs.set("condition", condition());
        defs.set("leaf", leaf());
        ObjectNode key = defs.putObject("key").put("description", "An evidence key of the vocabulary.").put("type", "string")
                .put("pattern", KEY_PATTERN);
        if (!keys.isEmpty()) {
            key.set("examples", strings(keys.toArray(String[]::new)));
        }
        defs.set("waiver", waiver(true));
        return schema;
    }

    private static ObjectNode criterion() {
        ObjectNode criterion = NODES.objectNode();
        criterion.put("type", "object").put("additionalProperties", false);
        criterion.set("required", strings("id", "level", "title", "when"));
        ObjectNode properties = criterion.putObject("properties");
        properties.putObject("id").put("description", "C, the capability in two digits, L and the level, then a short name: C01.L2.current-strategy.")
                .put("type", "string").put("pattern", ID_PATTERN);
        properties.putObject("capability").put("description", "The capability; as the id says when left out.").put("type", "integer").put("minimum", 1);
        properties.putObject("level").put("description", "The level the criterion is required for.").put("type", "integer").put("minimum", 1)
                .put("maximum", 4);
        properties.putObject("weight").put("description", "Its weight in the capability's score; 1 when left out.").put("type", "integer")
                .put("minimum", 1);
        properties.putObject("title").put("description", "What is true when it is met, with no full stop at the end.").put("type", "string")
                .put("pattern", "[^.]$");
        text(properties, "source", "What the criterion rests on: the MNR's text, an instrument and article, or a study; one line.");
        text(properties, "rationale", "Why its level or threshold is what it is; say so where it is a working assumption.");
        ObjectNode exempt = properties.putObject("exempt");
        exempt.put("description", "Countries (evidence country codes) for which the criterion is not in force, each with the reason.")
                .put("type", "array");
        ObjectNode exemption = exempt.putObject("items").put("type", "object").put("additionalProperties", false);
        exemption.set("required", strings("country", "reason"));
        ObjectNode exemptionProperties = exemption.putObject("properties");
        exemptionProperties.putObject("country").put("description", "ISO 3166-1 alpha-2, upper case, e.g. DK.").put("type", "string")
                .put("pattern", "^[A-Z]{2}$");
        text(exemptionProperties, "reason", "Why the criterion is not in force for the country.");
        text(properties, "against", "Variant replacements: the fingerprint of the base criterion it was written against (mnr packs shows it).");
        properties.putObject("when").put("description", "The condition under which it is met.").put("$ref", "#/$defs/condition");
        return criterion;
    }

    private static ObjectNode condition() {
        ObjectNode condition = NODES.objectNode();
        ArrayNode oneOf = condition.putArray("oneOf");
        oneOf.addObject().put("$ref", "#/$defs/leaf");
        ObjectNode anyOf = oneOf.addObject().put("description", "At least one leaf is true.").put("type", "object").put("additionalProperties", false);
        anyOf.set("required", strings("anyOf"));
        anyOf.putObject("properties").putObject("anyOf").put("type", "array").put("minItems", 1).putObject("items").put("$ref", "#/$defs/leaf");
        ObjectNode count = oneOf.addObject().put("description", "At least countAtLeast leaves are true.").put("type", "object")
                .put("additionalProperties", false);
        count.set("required", strings("countAtLeast", "of"));
        ObjectNode countProperties = count.putObject("properties");
        countProperties.putObject("countAtLeast").put("type", "integer").put("minimum", 1);
        countProperties.putObject("of").put("type", "array").put("minItems", 1).putObject("items").put("$ref", "#/$defs/leaf");
        return condition;
    }

    private static ObjectNode leaf() {
        ObjectNode leaf = NODES.objectNode();
        ArrayNode oneOf = leaf.putArray("oneOf");
        keyForm(oneOf, "equals", "The value equals this: true or false for a yes/no key, a value name for an enum key.",
                NODES.objectNode().set("type", strings("boolean", "string")));
        keyForm(oneOf, "oneOf", "The enum value is one of these.", names());
        keyForm(oneOf, "atLeast", "The number is this or more.", NODES.objectNode().put("type", "number"));
        keyForm(oneOf, "atMost", "The number is this or less.", NODES.objectNode().put("type", "number"));
        keyForm(oneOf, "includesAll", "The set holds every one of these.", names());
        keyForm(oneOf, "withinYears", "The date lies in this many years up to the assessment date.",
                NODES.objectNode().put("type", "integer").put("minimum", 1));
        ObjectNode capability = oneOf.addObject().put("description", "Another capability has reached this level or more.").put("type", "object")
                .put("additionalProperties", false);
        capability.set("required", strings("capability", "levelAtLeast"));
        ObjectNode properties = capability.putObject("properties");
        properties.putObject("capability").put("type", "integer").put("minimum", 1);
        properties.putObject("levelAtLeast").put("type", "integer").put("minimum", 1).put("maximum", 4);
        return leaf;
    }

    private static void keyForm(ArrayNode oneOf, String operator, String description, ObjectNode value) {
        ObjectNode form = oneOf.addObject().put("description", description).put("type", "object").put("additionalProperties", false);
        form.set("required", strings("key", operator));
        ObjectNode properties = form.putObject("properties");
        properties.putObject("key").put("$ref", "#/$defs/key");
        properties.set(operator, value);
    }

    private static ObjectNode names() {
        ObjectNode names = NODES.objectNode().put("type", "array").put("minItems", 1).put("uniqueItems", true);
        names.putObject("items").put("type", "string");
        return names;
    }

    private static ObjectNode waiver(boolean inCriteriaFile) {
        ObjectNode waiver = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        waiver.set("required", strings("id", "reason"));
        ObjectNode properties = waiver.putObject("properties");
        properties.putObject("id").put("description", "The id of the base criterion waived.").put("type", "string").put("pattern", ID_PATTERN);
        text(properties, "reason", "Why it does not apply to the variant's countries.");
        text(properties, "source", "What the reason rests on: an instrument and article, a judgment, a study.");
        if (inCriteriaFile) {
            text(properties, "against", "The fingerprint of the base criterion it was written against (mnr packs shows it).");
        }
        return waiver;
    }

    private static void criteriaList(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("description", description).put("type", "array").putObject("items").put("$ref", "#/$defs/criterion");
    }

    private static void files(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("description", description).put("type", "array").putObject("items").put("type", "string");
    }

    private static void text(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("description", description).put("type", "string");
    }

    private static ObjectNode root(String title, String description) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", EvidenceSchema.DIALECT);
        schema.put("title", title);
        schema.put("description", description + " Generated by mnr schema.");
        return schema;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        List.of(values).forEach(array::add);
        return array;
    }
}
