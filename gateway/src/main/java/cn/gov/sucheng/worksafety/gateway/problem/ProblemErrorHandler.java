package cn.gov.sucheng.worksafety.gateway.problem;

import java.util.Map;

import cn.gov.sucheng.worksafety.gateway.requestid.RequestIdFilter;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every error the gateway answers itself becomes problem+json with a stable type. Ordered before Boot's
 * default handler (-1), which would answer its own JSON shape. Answers of the services are not errors
 * here: they pass through untouched.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final JsonMapper json;

    public ProblemErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Map<String, Object> body = problemFor(exchange, error);
        response.setStatusCode(HttpStatusCode.valueOf((Integer) body.get("status")));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (response.getStatusCode().value() == 503) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        if (error instanceof ErrorResponse errorResponse) {
            // e.g. Allow on a 405
            errorResponse.getHeaders().forEach((name, values) -> {
                if (!response.getHeaders().containsHeader(name)) {
                    response.getHeaders().addAll(name, values);
                }
            });
        }
        DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }

    private Map<String, Object> problemFor(ServerWebExchange exchange, Throwable error) {
        String path = exchange.getRequest().getPath().value();
        UpstreamFailure failure = UpstreamFailure.of(error);
        if (failure != UpstreamFailure.NONE) {
            RequestIdFilter.withRequestId(exchange, () -> log.warn("{} {}: {}", exchange.getRequest().getMethod(),
                    path, error.toString()));
            String detail = failure == UpstreamFailure.TIMEOUT
                    ? "The service owning this path did not answer in time."
                    : "The service owning this path cannot be reached right now; try again later.";
            return Problems.body(exchange, failure.status(), ProblemTypes.SERVICE_UNAVAILABLE,
                    failure.status().getReasonPhrase(), detail, path);
        }
        if (error instanceof ErrorResponse errorResponse && !errorResponse.getStatusCode().is5xxServerError()) {
            HttpStatusCode status = errorResponse.getStatusCode();
            String detail = status.value() == 404 ? "No resource at " + path + "."
                    : errorResponse.getBody().getDetail();
            return Problems.body(exchange, status, Problems.typeFor(status), Problems.reason(status), detail, path);
        }
        RequestIdFilter.withRequestId(exchange,
                () -> log.error("{} {} failed in the gateway", exchange.getRequest().getMethod(), path, error));
        return Problems.body(exchange, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "Internal Server Error", "The gateway failed to handle the request; it has been logged.", path);
    }
}
