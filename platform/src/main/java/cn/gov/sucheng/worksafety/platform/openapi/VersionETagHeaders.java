package cn.gov.sucheng.worksafety.platform.openapi;

import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.web.method.HandlerMethod;

/**
 * Declares the {@code ETag} header on every 2xx response of an operation marked {@link AnswersVersionETag}: the
 * version of the record as a strong ETag, the value the operation's siblings take in {@code If-Match}.
 */
final class VersionETagHeaders implements OperationCustomizer {

    static final String DESCRIPTION = "The record's version as a strong ETag, like \"3\": send it back in If-Match "
            + "to change the record only if nobody changed it since.";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!handler.hasMethodAnnotation(AnswersVersionETag.class) || operation.getResponses() == null) {
            return operation;
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject("ETag",
                        new Header().description(DESCRIPTION).schema(IfMatchParameters.etagSchema()));
            }
        });
        return operation;
    }
}
