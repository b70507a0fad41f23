package cn.gov.sucheng.worksafety.platform.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Every list's {@code page} and {@code size} query parameters carry the bounds and defaults {@link PageRequest}
 * applies, so a client reads the largest page it may ask for in the document instead of meeting the 400. The lists
 * take them as two optional integers, about which springdoc knows nothing more.
 */
final class PagingParameters {

    private PagingParameters() {
    }

    static void describe(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(PagingParameters::describe));
    }

    private static void describe(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null) {
            return;
        }
        Map<String, Parameter> query = parameters.stream()
                .filter(p -> "query".equals(p.getIn()) && p.getSchema() != null && isInteger(p))
                .collect(Collectors.toMap(Parameter::getName, Function.identity(), (a, b) -> a));
        Parameter page = query.get("page");
        Parameter size = query.get("size");
        if (page == null || size == null) {
            return;
        }
        page.description("Zero-based number of the page");
        page.schema(integer(page.getSchema()).minimum(BigDecimal.ZERO));
        page.getSchema().setDefault(0);
        size.description("Items per page, at most " + Page.MAX_SIZE);
        size.schema(integer(size.getSchema()).minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Page.MAX_SIZE)));
        size.getSchema().setDefault(Page.DEFAULT_SIZE);
    }

    /** A schema of its own: springdoc gives every integer parameter the same instance, a year's as well. */
    private static Schema<Object> integer(Schema<?> shared) {
        Schema<Object> own = new Schema<>();
        own.setType(shared.getType());
        own.setTypes(shared.getTypes() == null ? null : new LinkedHashSet<>(shared.getTypes()));
        own.setFormat(shared.getFormat());
        own.setSpecVersion(shared.getSpecVersion());
        return own;
    }

    private static boolean isInteger(Parameter parameter) {
        return "integer".equals(parameter.getSchema().getType())
                || parameter.getSchema().getTypes() != null && parameter.getSchema().getTypes().contains("integer");
    }
}
