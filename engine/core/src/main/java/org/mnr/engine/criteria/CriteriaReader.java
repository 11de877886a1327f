package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.criteria.YamlTree.Field;
import org.mnr.engine.criteria.YamlTree.ListNode;
import org.mnr.engine.criteria.YamlTree.MapNode;
import org.mnr.engine.criteria.YamlTree.Node;
import org.mnr.engine.criteria.YamlTree.Scalar;
import org.mnr.engine.internal.evidence.Suggestion;
import org.mnr.engine.model.Condition;
import org.mnr.engine.model.Exemption;

/**
 * Reads a criteria file into {@link CriteriaFile}, reporting every problem at its line and column in
 * the author's terms.
 *
 * <p>It checks the file's shape only: fields, the condition forms, ids, levels and weights. Whether a
 * condition fits the vocabulary's keys and the framework's capabilities is checked once all packs are
 * read, by {@link CriteriaChecker}.
 */
@API(status = INTERNAL, since = "1.0")
public final class CriteriaReader {

    /** A base criterion id, e.g. {@code C01.L1.coordination-body}; a variant adds {@code COE.} in front. */
    public static final Pattern ID = Pattern.compile("(?:([A-Z][A-Z0-9-]*)\\.)?C(\\d{2})\\.L([1-4])\\.[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final List<String> BASE_FIELDS = List.of("capability", "criteria");
    private static final List<String> VARIANT_FIELDS = List.of("adds", "replaces", "waives");
    private static final List<String> CRITERION_FIELDS =
            List.of("id", "capability", "level", "weight", "title", "rationale", "source", "exempt", "when", "against");
    private static final List<String> WAIVER_FIELDS = List.of("id", "reason", "source", "against");
    private static final List<String> EXEMPTION_FIELDS = List.of("country", "reason");
    /** A country code as evidence files write it: ISO 3166-1 alpha-2, upper case. */
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final List<String> OPERATORS = List.of("equals", "oneOf", "atLeast", "atMost", "includesAll", "withinYears");
    private static final List<String> CONDITION_FIELDS;

    static {
        List<String> fields = new ArrayList<>(List.of("key", "capability", "levelAtLeast", "anyOf", "countAtLeast", "of"));
        fields.addAll(OPERATORS);
        CONDITION_FIELDS = List.copyOf(fields);
    }

    /**
     * A criteria file, or the problems that stop it being one.
     *
     * @param file what the file defines; its good criteria even when there are problems
     * @param problems every problem found, in file order
     */
    public record Result(CriteriaFile file, List<CriteriaProblem> problems) {

        /** Copies the problems. */
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final String file;
    private final boolean variant;
    private final List<CriteriaProblem> problems = new ArrayList<>();

    private CriteriaReader(String file, boolean variant) {
        this.file = file;
        this.variant = variant;
    }

    /**
     * Reads one criteria file.
     *
     * @param file the file's name for messages
     * @param bytes its content, UTF-8
     * @param variant whether the file belongs to a variant, which writes {@code adds}, {@code replaces}
     *        and {@code waives} instead of {@code criteria}
     */
    public static Result read(String file, byte[] bytes, boolean variant) {
        return new CriteriaReader(file, variant).read(bytes);
    }

    private Result read(byte[] bytes) {
        YamlTree.Parsed parsed = YamlTree.parse(file, bytes);
        problems.addAll(parsed.problems());
        List<CriterionDefinition> criteria = new ArrayList<>();
        List<CriterionDefinition> adds = new ArrayList<>();
        List<CriterionDefinition> replaces = new ArrayList<>();
        List<WaiverDefinition> waives = new ArrayList<>();
        if (parsed.root() == null) {
            if (parsed.problems().isEmpty()) {
                problem(new Where(file, 0, 0), variant ? "the file is empty; a variant's criteria file lists adds, replaces or waives"
                        : "the file is empty; a criteria file lists its criteria under 'criteria:'");
            }
            return new Result(new CriteriaFile(file, criteria, adds, replaces, waives), problems);
        }
        MapNode root = mapping(parsed.root(), "a criteria file", variant ? "adds:, replaces: and waives:" : "criteria:");
        if (root != null) {
            List<String> allowed = variant ? VARIANT_FIELDS : BASE_FIELDS;
            unknownFields(root, allowed, variant ? "a variant's criteria file" : "a base pack's criteria file");
            Integer capability = null;
            if (!variant) {
                Field field = root.fields().get("capability");
                capability = field == null ? null : integer(field.value(), "capability", 1, Integer.MAX_VALUE);
                criteria.addAll(criteria(root.fields().get("criteria"), capability, "criteria", true));
            } else {
                adds.addAll(criteria(root.fields().get("adds"), null, "adds", false));
                replaces.addAll(criteria(root.fields().get("replaces"), null, "replaces", false));
                waives.addAll(waivers(root.fields().get("waives")));
            }
        }
        checkDuplicates(criteria, adds, replaces);
        problems.sort(Comparator.comparingInt((CriteriaProblem p) -> p.where().line()).thenComparingInt(p -> p.where().column()));
        return new Result(new CriteriaFile(file, criteria, adds, replaces, waives), problems);
    }

    private void unknownFields(MapNode node, List<String> allowed, String what) {
        for (Field field : node.fields().values()) {
            if (!allowed.contains(field.name())) {
                String hint = Suggestion.hint(field.name(), allowed);
                String wrongPlace = !variant && VARIANT_FIELDS.contains(field.name())
                        ? "; " + field.name() + " is for variants, a base pack lists its criteria under criteria"
                        : variant && field.name().equals("criteria") ? "; a variant lists its criteria under adds and replaces" : "";
                problem(field.where(), "unknown field '" + field.name() + "' in " + what
                        + (hint == null || !wrongPlace.isEmpty() ? "" : "; " + hint) + wrongPlace
                        + (hint == null && wrongPlace.isEmpty() ? "; it takes " + String.join(", ", allowed) : ""));
            }
        }
    }

    private List<CriterionDefinition> criteria(Field field, Integer fileCapability, String section, boolean required) {
        List<CriterionDefinition> found = new ArrayList<>();
        if (field == null) {
            return found;
        }
        if (!(field.value() instanceof ListNode list)) {
            if (!(field.value() instanceof Scalar scalar && scalar.value() == null)) {
                problem(field.value().where(), section + " is a list of criteria, each starting with '- id:'");
            }
            return found;
        }
        for (Node item : list.items()) {
            CriterionDefinition criterion = criterion(item, fileCapability, section.equals("replaces"));
            if (criterion != null) {
                found.add(criterion);
            }
        }
        return found;
    }

    private CriterionDefinition criterion(Node node, Integer fileCapability, boolean replacement) {
        MapNode map = mapping(node, "a criterion", "id:, level:, title: and when:");
        if (map == null) {
            return null;
        }
        int before = problems.size();
        unknownFields(map, CRITERION_FIELDS, "a criterion");
        String id = text(map, "id", true);
        Matcher matcher = null;
        if (id != null) {
            matcher = ID.matcher(id);
            if (!matcher.matches()) {
                problem(map.fields().get("id").value().where(), "id '" + id + "' is not a criterion id: write C, the capability in two digits,"
                        + " L and the level, then a short lower-case name, e.g. C01.L1.coordination-body"
                        + (variant ? ", with the variant's prefix in front for a criterion it adds, e.g. COE.C03.L2.lanzarote-ratified" : ""));
                matcher = null;
            }
        }
        Field capabilityField = map.fields().get("capability");
        Integer capability = capabilityField == null ? fileCapability : integer(capabilityField.value(), "capability", 1, Integer.MAX_VALUE);
        if (capability == null && matcher != null) {
            capability = Integer.parseInt(matcher.group(2));
        }
        Field levelField = map.fields().get("level");
        Integer level = null;
        if (levelField == null) {
            problem(map.where(), "level is missing; give the level, 1 to 4, the criterion is required for");
        } else {
            level = integer(levelField.value(), "level", 1, 4);
        }
        Field weightField = map.fields().get("weight");
        Integer weight = weightField == null ? Integer.valueOf(1) : integer(weightField.value(), "weight", 1, Integer.MAX_VALUE);
        if (matcher != null && capability != null && capability != Integer.parseInt(matcher.group(2))) {
            Where where = capabilityField == null ? map.fields().get("id").value().where() : capabilityField.value().where();
            problem(where, "capability " + capability + " disagrees with id " + id + ", which names capability " + Integer.parseInt(matcher.group(2)));
        }
        if (matcher != null && level != null && level != Integer.parseInt(matcher.group(3))) {
            problem(levelField.value().where(), "level " + level + " disagrees with id " + id + ", which names level " + matcher.group(3));
        }
        String title = text(map, "title", true);
        if (title != null && title.endsWith(".")) {
            problem(map.fields().get("title").value().where(), "the title ends with a period; titles are statements without one");
        }
        String rationale = text(map, "rationale", false);
        String source = text(map, "source", false);
        String against = text(map, "against", false);
        if (against != null && !replacement) {
            problem(map.fields().get("against").value().where(), "against is for replaces: it records the base criterion a replacement"
                    + " was written against; remove it here");
        } else if (against != null && !CriterionFingerprint.isFingerprint(against)) {
            problem(map.fields().get("against").value().where(), "against '" + against + "' is not a criterion's fingerprint; copy the one"
                    + " mnr packs shows beside the replaced criterion, e.g. against: w1 t3f2a9c1e c9b1e77aa");
        }
        List<Exemption> exempt = exemptions(map.fields().get("exempt"));
        Field when = map.fields().get("when");
        List<Where> leafPlaces = new ArrayList<>();
        Condition condition = null;
        if (when == null) {
            problem(map.where(), "when is missing; give the condition under which the criterion is met, e.g."
                    + " when: {key: governance.body.exists, equals: true}");
        } else {
            condition = condition(when.value(), leafPlaces);
        }
        if (problems.size() > before || id == null || capability == null || level == null || weight == null || title == null
                || condition == null) {
            return null;
        }
        return new CriterionDefinition(id, capability, level, weight, title, rationale, source, condition, map.where(), leafPlaces,
                against, exempt);
    }

    /** The countries a criterion is not in force for: {@code exempt: [{country: DK, reason: "..."}]}. */
    private List<Exemption> exemptions(Field field) {
        List<Exemption> found = new ArrayList<>();
        if (field == null || field.value() instanceof Scalar scalar && scalar.value() == null) {
            return found;
        }
        if (!(field.value() instanceof ListNode list)) {
            problem(field.value().where(), "exempt is a list of countries, each written {country: DK, reason: \"...\"}");
            return found;
        }
        Set<String> seen = new HashSet<>();
        for (Node item : list.items()) {
            MapNode map = mapping(item, "an exemption", "country: and reason:");
            if (map == null) {
                continue;
            }
            unknownFields(map, EXEMPTION_FIELDS, "an exemption");
            String country = text(map, "country", true);
            String reason = text(map, "reason", false);
            if (reason == null && !map.fields().containsKey("reason")) {
                problem(map.where(), "an exemption needs a reason: say why the criterion is not in force for the country");
            }
            if (country != null && !COUNTRY.matcher(country).matches()) {
                problem(map.fields().get("country").value().where(), "country '" + country + "' is not a country code as evidence files"
                        + " write it: two upper-case letters (ISO 3166-1 alpha-2), e.g. DK");
                country = null;
            } else if (country != null && !seen.add(country)) {
                problem(map.fields().get("country").value().where(), "country " + country + " is exempted twice; keep one entry");
                country = null;
            }
            if (country != null && reason != null) {
                found.add(new Exemption(country, reason));
            }
        }
        return found;
    }

    private Condition condition(Node node, List<Where> leafPlaces) {
        MapNode map = mapping(node, "a condition", "one of the condition forms, e.g. {key: governance.body.exists, equals: true}");
        if (map == null) {
            return null;
        }
        Map<String, Field> fields = map.fields();
        if (fields.containsKey("anyOf")) {
            only(map, "anyOf", List.of("anyOf"));
            List<Condition> leaves = leaves(fields.get("anyOf").value(), "anyOf", leafPlaces);
            return leaves == null ? null : new Condition.AnyOf(leaves);
        }
        if (fields.containsKey("countAtLeast") || fields.containsKey("of")) {
            only(map, "countAtLeast", List.of("countAtLeast", "of"));
            if (!fields.containsKey("countAtLeast")) {
                problem(map.where(), "'of' goes with countAtLeast: write {countAtLeast: 2, of: [...]}");
                return null;
            }
            if (!fields.containsKey("of")) {
                problem(map.where(), "countAtLeast needs 'of', the list of conditions to count: write {countAtLeast: 2, of: [...]}");
                return null;
            }
            Integer count = integer(fields.get("countAtLeast").value(), "countAtLeast", 1, Integer.MAX_VALUE);
            List<Condition> leaves = leaves(fields.get("of").value(), "of", leafPlaces);
            return count == null || leaves == null ? null : new Condition.CountAtLeast(count, leaves);
        }
        Condition leaf = leaf(map);
        if (leaf != null) {
            leafPlaces.add(map.where());
        }
        return leaf;
    }

    private List<Condition> leaves(Node node, String field, List<Where> leafPlaces) {
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            problem(node.where(), field + " is a list of conditions, each a comparison of one key or a capability's level");
            return null;
        }
        List<Condition> leaves = new ArrayList<>();
        boolean good = true;
        for (Node item : list.items()) {
            if (item instanceof MapNode map && (map.fields().containsKey("anyOf") || map.fields().containsKey("countAtLeast"))) {
                problem(item.where(), field + " holds comparisons of one key or a capability's level only; anyOf and countAtLeast"
                        + " cannot be nested");
                good = false;
                continue;
            }
            MapNode map = mapping(item, "a condition", "a comparison of one key, e.g. {key: hotline.exists, equals: true}");
            Condition leaf = map == null ? null : leaf(map);
            if (leaf == null) {
                good = false;
            } else {
                leaves.add(leaf);
                leafPlaces.add(map.where());
            }
        }
        return good ? leaves : null;
    }

    private Condition leaf(MapNode map) {
        Map<String, Field> fields = map.fields();
        for (Field field : fields.values()) {
            if (!CONDITION_FIELDS.contains(field.name())) {
                String hint = Suggestion.hint(field.name(), CONDITION_FIELDS);
                problem(field.where(), "unknown field '" + field.name() + "' in a condition" + (hint == null
                        ? "; conditions are written with key and one of " + String.join(", ", OPERATORS)
                                + ", or with capability and levelAtLeast, anyOf, or countAtLeast and of"
                        : "; " + hint));
                return null;
            }
        }
        if (fields.containsKey("capability") || fields.containsKey("levelAtLeast")) {
            only(map, "capability", List.of("capability", "levelAtLeast"));
            if (!fields.containsKey("capability") || !fields.containsKey("levelAtLeast")) {
                problem(map.where(), "a capability's level is read with both fields: {capability: 2, levelAtLeast: 2}");
                return null;
            }
            Integer capability = integer(fields.get("capability").value(), "capability", 1, Integer.MAX_VALUE);
            Integer level = integer(fields.get("levelAtLeast").value(), "levelAtLeast", 0, Integer.MAX_VALUE);
            return capability == null || level == null ? null : new Condition.LevelAtLeast(capability, level);
        }
        Field keyField = fields.get("key");
        List<String> operators = OPERATORS.stream().filter(fields::containsKey).toList();
        if (keyField == null) {
            problem(map.where(), "a condition names the evidence key it compares: {key: ..., " + (operators.isEmpty() ? "equals" : operators.get(0))
                    + ": ...}");
            return null;
        }
        String key = keyField.value() instanceof Scalar s && s.value() instanceof String text && !text.isBlank() ? text : null;
        if (key == null) {
            problem(keyField.value().where(), "key is the name of an evidence key, e.g. governance.body.exists");
            return null;
        }
        if (operators.size() != 1) {
            problem(map.where(), operators.isEmpty()
                    ? "the condition on " + key + " says nothing about its value; add one of " + String.join(", ", OPERATORS)
                    : "the condition on " + key + " has " + String.join(" and ", operators) + "; a condition compares in one way only,"
                            + " so split it into leaves of anyOf or countAtLeast");
            return null;
        }
        String operator = operators.get(0);
        Node value = fields.get(operator).value();
        switch (operator) {
            case "equals":
                if (value instanceof Scalar s && (s.value() instanceof Boolean || s.value() instanceof String)) {
                    return new Condition.Equals(key, s.value());
                }
                problem(value.where(), "equals compares with true, false or one of the key's values; to compare a number use atLeast or atMost");
                return null;
            case "oneOf": {
                List<String> values = names(value, "oneOf");
                return values == null ? null : new Condition.OneOf(key, values);
            }
            case "includesAll": {
                List<String> values = names(value, "includesAll");
                return values == null ? null : new Condition.IncludesAll(key, values);
            }
            case "atLeast":
            case "atMost": {
                if (!(value instanceof Scalar s) || !(s.value() instanceof BigDecimal number)) {
                    problem(value.where(), operator + " compares with a number, written without quotes, e.g. " + operator + ": 50");
                    return null;
                }
                return operator.equals("atLeast") ? new Condition.AtLeast(key, number) : new Condition.AtMost(key, number);
            }
            default: {
                Integer years = integer(value, "withinYears", 1, Integer.MAX_VALUE);
                return years == null ? null : new Condition.WithinYears(key, years);
            }
        }
    }

    private List<String> names(Node node, String operator) {
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            problem(node.where(), operator + " takes a list of the key's values, e.g. " + operator + ": [statutory, ministerial_decision]");
            return null;
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : list.items()) {
            if (!(item instanceof Scalar s) || !(s.value() instanceof String text)) {
                problem(item.where(), operator + " lists the key's values as names; write this one in quotes if it is one");
                return null;
            }
            if (!seen.add(text)) {
                problem(item.where(), operator + " lists '" + text + "' twice; keep one");
            }
            names.add(text);
        }
        return names;
    }

    private void only(MapNode map, String form, List<String> allowed) {
        for (Field field : map.fields().values()) {
            if (!allowed.contains(field.name())) {
                problem(field.where(), "'" + field.name() + "' does not go with " + form + "; a " + form + " condition is written "
                        + switch (form) {
                            case "anyOf" -> "{anyOf: [...]}";
                            case "countAtLeast" -> "{countAtLeast: n, of: [...]}";
                            default -> "{capability: c, levelAtLeast: l}";
                        });
            }
        }
    }

    private List<WaiverDefinition> waivers(Field field) {
        List<WaiverDefinition> found = new ArrayList<>();
        if (field == null) {
            return found;
        }
        if (!(field.value() instanceof ListNode list)) {
            if (!(field.value() instanceof Scalar scalar && scalar.value() == null)) {
                problem(field.value().where(), "waives is a list of entries, each '- id: ...' with a reason");
            }
            return found;
        }
        for (Node item : list.items()) {
            MapNode map = mapping(item, "a waiver", "id: and reason:");
            if (map == null) {
                continue;
            }
            int before = problems.size();
            unknownFields(map, WAIVER_FIELDS, "a waiver");
            String id = text(map, "id", true);
            String reason = text(map, "reason", false);
            String source = text(map, "source", false);
            String against = text(map, "against", false);
            if (against != null && !CriterionFingerprint.isFingerprint(against)) {
                problem(map.fields().get("against").value().where(), "against '" + against + "' is not a criterion's fingerprint; copy the"
                        + " one mnr packs shows beside the waived criterion, e.g. against: w1 t3f2a9c1e c9b1e77aa");
            }
            if (reason == null) {
                problem(map.where(), "a waiver needs a reason: say why the criterion does not apply to the variant's countries");
            }
            if (id != null && !ID.matcher(id).matches()) {
                problem(map.fields().get("id").value().where(), "id '" + id + "' is not a criterion id such as C03.L4.regional-instrument");
            }
            if (problems.size() == before) {
                found.add(new WaiverDefinition(id, reason, map.where(), against, source));
            }
        }
        return found;
    }

    private void checkDuplicates(List<CriterionDefinition> criteria, List<CriterionDefinition> adds, List<CriterionDefinition> replaces) {
        Set<String> seen = new HashSet<>();
        for (List<CriterionDefinition> list : List.of(criteria, adds, replaces)) {
            for (CriterionDefinition criterion : list) {
                if (!seen.add(criterion.id())) {
                    problem(criterion.where(), "criterion " + criterion.id() + " is defined twice in this file; ids are unique");
                }
            }
        }
    }

    private MapNode mapping(Node node, String what, String expected) {
        if (node instanceof MapNode map) {
            return map;
        }
        problem(node.where(), what + " is written as fields (" + expected + ")");
        return null;
    }

    private String text(MapNode map, String name, boolean required) {
        Field field = map.fields().get(name);
        if (field == null) {
            if (required) {
                problem(map.where(), name + " is missing");
            }
            return null;
        }
        if (field.value() instanceof Scalar s && s.value() instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        if (field.value() instanceof Scalar s && s.value() == null && !required) {
            return null;
        }
        problem(field.value().where(), name + " is text" + (required ? " and cannot be empty" : ""));
        return null;
    }

    private Integer integer(Node node, String name, int min, int max) {
        if (node instanceof Scalar s && s.value() instanceof BigDecimal number) {
            try {
                int value = number.intValueExact();
                if (value < min || value > max) {
                    problem(node.where(), name + " is " + value + "; it must be " + (max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max));
                    return null;
                }
                return value;
            } catch (ArithmeticException e) {
                // falls through to the message below: not a whole number
            }
        }
        problem(node.where(), name + " is a whole number" + (max == Integer.MAX_VALUE ? " of " + min + " or more" : " from " + min + " to " + max)
                + ", written without quotes");
        return null;
    }

    private void problem(Where where, String message) {
        problems.add(new CriteriaProblem(where, message));
    }
}
