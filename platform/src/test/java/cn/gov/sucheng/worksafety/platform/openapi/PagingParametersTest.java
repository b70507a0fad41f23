package cn.gov.sucheng.worksafety.platform.openapi;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingParametersTest {

    private static Parameter query(String name, io.swagger.v3.oas.models.media.Schema<?> schema) {
        return new Parameter().in("query").name(name).schema(schema);
    }

    @Test
    void aListsPageAndSizeCarryTheBoundsAndDefaultsThePageRequestApplies() {
        IntegerSchema shared = new IntegerSchema();
        Parameter page = query("page", shared);
        Parameter size = query("size", shared);
        Parameter year = query("year", shared);
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/v1/things",
                new PathItem().get(new Operation().addParametersItem(query("town", new StringSchema()))
                        .addParametersItem(page).addParametersItem(size).addParametersItem(year))));

        PagingParameters.describe(api);

        assertThat(page.getSchema().getMinimum()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(page.getSchema().getDefault()).isEqualTo(0);
        assertThat(size.getSchema().getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(size.getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(200));
        assertThat(size.getSchema().getDefault()).isEqualTo(20);
        assertThat(size.getDescription()).contains("200");
        assertThat(page.getSchema().getType()).isEqualTo("integer");
        assertThat(size.getSchema().getFormat()).isEqualTo("int32");
        assertThat(year.getSchema().getMaximum()).as("another integer sharing the schema instance").isNull();
        assertThat(year.getSchema().getDefault()).isNull();
    }

    @Test
    void aSizeThatIsNotAListsPagingIsLeftAlone() {
        Parameter size = query("size", new IntegerSchema());
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/v1/sizes",
                new PathItem().get(new Operation().addParametersItem(size))));

        PagingParameters.describe(api);

        assertThat(size.getSchema().getMaximum()).isNull();
        assertThat(size.getDescription()).isNull();
    }
}
