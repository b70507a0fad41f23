package cn.gov.sucheng.worksafety.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into the one the suite publishes. Plain Jackson trees, no
 * Spring, so it is tested alone.
 * <p>
 * Paths and tags are united (the first service in route order wins a clash). Components of the same name
 * and the same definition are kept once; a clashing name with a different definition is renamed
 * {@code <Service>_<Name>} (e.g. {@code Hazard_PageResponse}) and every reference to it inside that
 * service's document is rewritten. Clashing operation ids get the service as a prefix, since Swagger UI and
 * generated clients need them unique.
 */
public final class OpenApiMerger {

    public static final String TITLE = "Sucheng work-safety supervision suite API";
    public static final String UNAVAILABLE_EXTENSION = "x-unavailable-services";

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /**
     * @param docs        each reachable service's document by service name, in route order
     * @param unavailable the services whose document could not be fetched
     * @param serverUrl   the gateway's own base URL, the only server clients should call
     */
    public ObjectNode merge(Map<String, JsonNode> docs, List<String> unavailable, String serverUrl) {
        ObjectNode merged = nodes.objectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", TITLE);
        info.put("version", "v1");
        info.put("description", "The public REST API of the district work-safety supervision suite, "
                + "merged from the services behind the gateway.");
        merged.putArray("servers").addObject().put("url", serverUrl);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");

        List<String> missing = new ArrayList<>(unavailable);
        Set<String> tagNames = new HashSet<>();
        Set<String> operationIds = new HashSet<>();
        docs.forEach((service, doc) -> {
            if (doc == null || !doc.isObject()) {
                missing.add(service);
                return;
            }
            Map<String, String> renames = clashingComponents(service, doc, components);
            JsonNode own = rewriteRefs(doc.deepCopy(), renames);
            addComponents(own.path("components"), renames, components);
            addPaths(service, own.path("paths"), paths, operationIds);
            for (JsonNode tag : own.path("tags")) {
                if (tagNames.add(tag.path("name").asString())) {
                    tags.add(tag);
                }
            }
        });
        ArrayNode missingNode = merged.putArray(UNAVAILABLE_EXTENSION);
        missing.forEach(missingNode::add);
        return merged;
    }

    /** The references to rename in one service's document: {@code #/components/x/Old -> #/components/x/New}. */
    private Map<String, String> clashingComponents(String service, JsonNode doc, ObjectNode components) {
        Map<String, String> renames = new HashMap<>();
        for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
            JsonNode taken = components.path(section.getKey());
            for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
                String name = component.getKey();
                JsonNode existing = taken.get(name);
                if (existing != null && !existing.equals(component.getValue())) {
                    String renamed = prefix(service) + "_" + name;
                    for (int n = 2; taken.has(renamed); n++) {
                        renamed = prefix(service) + "_" + name + n;
                    }
                    String base = "#/components/" + section.getKey() + "/";
                    renames.put(base + name, base + renamed);
                }
            }
        }
        return renames;
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            for (String key : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(key);
                // $ref values, and discriminator mappings, which hold the same reference strings
                if (value.isString() && renames.containsKey(value.asString())) {
                    object.put(key, renames.get(value.asString()));
                }
                else {
                    rewriteRefs(value, renames);
                }
            }
        }
        else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
        return node;
    }

    private static void addComponents(JsonNode own, Map<String, String> renames, ObjectNode components) {
        // The references were rewritten already; the definitions still sit under their old names.
        for (Map.Entry<String, JsonNode> section : own.properties()) {
            ObjectNode target = components.withObjectProperty(section.getKey());
            String base = "#/components/" + section.getKey() + "/";
            for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
                String name = renames.getOrDefault(base + component.getKey(), base + component.getKey())
                        .substring(base.length());
                if (!target.has(name)) {
                    target.set(name, component.getValue());
                }
            }
        }
    }

    private void addPaths(String service, JsonNode own, ObjectNode paths, Set<String> operationIds) {
        for (Map.Entry<String, JsonNode> path : own.properties()) {
            ObjectNode target = paths.withObjectProperty(path.getKey());
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (target.has(entry.getKey())) {
                    continue;
                }
                JsonNode value = entry.getValue();
                if (OPERATIONS.contains(entry.getKey()) && value instanceof ObjectNode operation
                        && operation.path("operationId").isString()) {
                    String id = operation.get("operationId").asString();
                    if (!operationIds.add(id)) {
                        id = lowerFirst(prefix(service)) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                        operationIds.add(id);
                        operation.put("operationId", id);
                    }
                }
                target.set(entry.getKey(), value);
            }
        }
    }

    /** {@code enterprise-service -> Enterprise}, {@code inspection-report-service -> InspectionReport}. */
    static String prefix(String service) {
        StringBuilder prefix = new StringBuilder();
        for (String word : service.replaceFirst("-service$", "").split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                prefix.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return prefix.isEmpty() ? "Service" : prefix.toString();
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
