package cn.gov.sucheng.worksafety.platform.openapi;

import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NullableEnumsTest {

    @Test
    void aNullableEnumListsNullAmongItsValuesAndANonNullableOneDoesNot() {
        StringSchema nullable = new StringSchema();
        nullable.setEnum(List.of("RED", "BLUE"));
        nullable.setTypes(new LinkedHashSet<>(List.of("string", "null")));
        StringSchema plain = new StringSchema();
        plain.setEnum(List.of("RED", "BLUE"));
        ObjectSchema point = new ObjectSchema();
        point.addProperty("riskColour", nullable);
        point.addProperty("industryArea", plain);
        OpenAPI api = new OpenAPI().components(new Components().addSchemas("Point", point));

        NullableEnums.admitNull(api);
        NullableEnums.admitNull(api);

        assertThat(nullable.getEnum()).containsExactly("RED", "BLUE", null);
        assertThat(nullable.getTypes()).contains("string", "null");
        assertThat(plain.getEnum()).containsExactly("RED", "BLUE");
    }

    @Test
    void anOpenApi30NullableEnumGetsTheNullTooWithoutTypesAdded() {
        StringSchema nullable = new StringSchema();
        nullable.setEnum(List.of("RED"));
        nullable.setNullable(true);
        ObjectSchema point = new ObjectSchema();
        point.addProperty("riskColour", nullable);

        NullableEnums.admitNull(new OpenAPI().components(new Components().addSchemas("Point", point)));

        assertThat(nullable.getEnum()).containsExactly("RED", null);
    }
}
