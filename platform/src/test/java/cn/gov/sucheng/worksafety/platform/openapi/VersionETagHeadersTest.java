package cn.gov.sucheng.worksafety.platform.openapi;

import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

class VersionETagHeadersTest {

    static class Handlers {

        @AnswersVersionETag
        void versioned() {
        }

        void plain() {
        }
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse())
                .addApiResponse("201", new ApiResponse()).addApiResponse("404", new ApiResponse()));
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
    }

    @Test
    void aMarkedOperationDeclaresTheETagOnEverySuccessAndNowhereElse() throws Exception {
        Operation operation = new VersionETagHeaders().customize(operation(), handler("versioned"));

        assertThat(operation.getResponses().get("200").getHeaders()).containsKey("ETag");
        assertThat(operation.getResponses().get("201").getHeaders().get("ETag").getSchema().getPattern())
                .isEqualTo(IfMatchParameters.PATTERN);
        assertThat(operation.getResponses().get("404").getHeaders()).isNull();
    }

    @Test
    void anUnmarkedOperationIsLeftAlone() throws Exception {
        Operation operation = new VersionETagHeaders().customize(operation(), handler("plain"));

        assertThat(operation.getResponses().get("200").getHeaders()).isNull();
    }
}
