package cn.gov.sucheng.worksafety.platform.openapi;

import java.util.LinkedHashSet;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Every {@code If-Match} header says what {@code VersionPreconditions} accepts: one strong ETag of a read,
 * {@code "3"}, as a pattern a generated client can check and in words. {@code *} and weak ETags are refused with
 * 400, since {@code *} would overwrite whatever version is current, the lost update the header exists to prevent;
 * a client reading RFC 9110 alone would expect {@code *} to pass.
 */
final class IfMatchParameters {

    static final String PATTERN = "^\"[0-9]{1,18}\"$";
    static final String RULE = "One strong ETag of a read, like \"3\"; `*` and weak ETags (W/\"3\") are refused with "
            + "400, as `*` would overwrite any version.";

    private IfMatchParameters() {
    }

    /** A schema of its own for each use: a strong ETag holding a version, as {@code VersionPreconditions} reads it. */
    static Schema<Object> etagSchema() {
        Schema<Object> schema = new Schema<>();
        schema.setType("string");
        schema.setTypes(new LinkedHashSet<>(Set.of("string")));
        schema.setPattern(PATTERN);
        return schema;
    }

    static void describe(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(IfMatchParameters::describe));
    }

    private static void describe(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.schema(etagSchema());
                String description = parameter.getDescription();
                parameter.description(description == null || description.isBlank() ? RULE
                        : description.strip() + (description.strip().endsWith(".") ? " " : ". ") + RULE);
            }
        }
    }
}
