package cn.gov.sucheng.worksafety.platform.openapi;

import java.util.regex.Pattern;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchParametersTest {

    @Test
    void everyIfMatchHeaderCarriesThePatternAndTheRuleOfWhatIsAccepted() {
        Parameter ifMatch = new Parameter().in("header").name("If-Match").description("the ETag of a read; 412 when "
                + "the plan changed since").schema(new StringSchema());
        Parameter other = new Parameter().in("header").name("Idempotency-Key").schema(new StringSchema());
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/v1/things/{id}",
                new PathItem().put(new Operation().addParametersItem(ifMatch).addParametersItem(other))));

        IfMatchParameters.describe(api);

        assertThat(ifMatch.getSchema().getPattern()).isEqualTo(IfMatchParameters.PATTERN);
        assertThat(ifMatch.getDescription()).startsWith("the ETag of a read; 412 when the plan changed since. ")
                .contains("`*`");
        assertThat(other.getSchema().getPattern()).isNull();
    }

    @Test
    void thePatternAdmitsExactlyWhatTheServicesAccept() {
        Pattern documented = Pattern.compile(IfMatchParameters.PATTERN);
        for (String accepted : new String[] { "\"0\"", "\"3\"", "\"123456789012345678\"" }) {
            assertThat(documented.matcher(accepted).matches()).as(accepted).isTrue();
            assertThat(VersionPreconditions.ifMatch(accepted)).isNotNull();
        }
        for (String refused : new String[] { "*", "W/\"3\"", "3", "\"abc\"", "\"3\", \"4\"" }) {
            assertThat(documented.matcher(refused).matches()).as(refused).isFalse();
            assertThatThrownBy(() -> VersionPreconditions.ifMatch(refused)).isInstanceOf(InvalidException.class);
        }
    }
}
