package cn.gov.sucheng.worksafety.k8s;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Rendered documents read into fabric8's typed Kubernetes models. A field the model does not know lands in
 * some object's additional properties: each one, at any depth, is a problem. A value of the wrong type
 * fails to read, including the lenient coercions Jackson allows but the API server refuses (a number given
 * as text, text given as a number).
 */
final class Manifests {

    static final ObjectMapper YAML = strict(new YAMLMapper());

    private Manifests() {
    }

    /** The documents of a rendered overlay and what went wrong reading them. */
    record Parsed(List<HasMetadata> resources, List<String> problems) {
    }

    static Parsed parse(String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isEmpty()) {
                    continue;
                }
                String name = document.path("kind").asText("?") + "/" + document.path("metadata").path("name").asText("?");
                try {
                    KubernetesResource resource = YAML.treeToValue(document, KubernetesResource.class);
                    if (resource instanceof HasMetadata typed) {
                        resources.add(typed);
                        // A custom resource keeps its body as additional properties: CustomResources checks it.
                        unknownFields(typed instanceof GenericKubernetesResource ? typed.getMetadata() : typed,
                                typed instanceof GenericKubernetesResource ? name + ".metadata" : name, problems);
                    } else {
                        problems.add(name + ": not a Kubernetes object");
                    }
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(name + wrongType(e));
                }
            }
        } catch (IOException e) {
            problems.add("not YAML: " + e.getMessage());
        }
        return new Parsed(resources, problems);
    }

    /** Reads part of a custom resource (a pod template, a volume claim) as the typed model it embeds. */
    static <T> T typed(Object value, Class<T> type, String path, List<String> problems) {
        try {
            T result = YAML.convertValue(value, type);
            unknownFields(result, path, problems);
            return result;
        } catch (IllegalArgumentException e) {
            problems.add(path + wrongType(e));
            return null;
        }
    }

    /** Every additional property below {@code root}, named by its path. */
    static void unknownFields(Object root, String path, List<String> problems) {
        if (root == null) {
            return;
        }
        if (root instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (root instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "[" + key + "]", problems));
            return;
        }
        if (!root.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : root.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = invoke(getter, root);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> problems.add(path + "." + key + ": unknown field"));
                }
            } else {
                String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                unknownFields(value, path + "." + field, problems);
            }
        }
    }

    /** ".spec.template…: wrong type: …", the path as written in the manifest. */
    private static String wrongType(Exception e) {
        Throwable cause = e instanceof JsonMappingException ? e : e.getCause();
        StringBuilder path = new StringBuilder();
        if (cause instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference step : mapping.getPath()) {
                path.append(step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
            }
        }
        String message = cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage() : e.getMessage();
        return path + ": wrong type: " + message.lines().findFirst().orElse("");
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " cannot be read", e);
        }
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper;
    }
}
