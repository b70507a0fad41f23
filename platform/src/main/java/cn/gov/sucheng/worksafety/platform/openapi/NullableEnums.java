package cn.gov.sucheng.worksafety.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A member marked {@code @Schema(nullable = true)} that is an enum lists null among its values. swagger-core adds
 * "null" to its type but not to its enum, and JSON Schema then refuses the very null the type admits: a client that
 * validates the answers (or generates strict code) would reject a correct one.
 */
final class NullableEnums {

    private NullableEnums() {
    }

    static void admitNull(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().values().forEach(NullableEnums::visit);
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void visit(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        for (Schema property : properties.values()) {
            boolean nullable = Boolean.TRUE.equals(property.getNullable())
                    || property.getTypes() != null && property.getTypes().contains("null");
            // contains(null) throws on an immutable list
            if (nullable && property.getEnum() != null && property.getEnum().stream().noneMatch(Objects::isNull)) {
                List values = new ArrayList<>(property.getEnum());
                values.add(null);
                property.setEnum(values);
                if (property.getTypes() != null) {
                    property.addType("null");
                }
            }
        }
    }
}
