package cn.gov.sucheng.worksafety.gateway.routing;

import java.util.Map;

import cn.gov.sucheng.worksafety.gateway.problem.Problems;
import cn.gov.sucheng.worksafety.gateway.problem.UpstreamFailure;
import cn.gov.sucheng.worksafety.gateway.requestid.RequestIdFilter;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when the call failed: always 503 (or 504 on a timeout)
 * problem+json, never 200, so a load test or a client can never mistake a fallback for a success.
 */
@Hidden
@RestController
public class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<Map<String, Object>> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        boolean timeout = cause != null && UpstreamFailure.of(cause) == UpstreamFailure.TIMEOUT;
        HttpStatus status = timeout ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        String detail = timeout ? service + " did not answer in time."
                : service + " is unavailable right now; try again later.";
        String path = OriginalPathFilter.of(exchange);
        RequestIdFilter.withRequestId(exchange, () -> log.warn("{} {} -> {}: {}", exchange.getRequest().getMethod(),
                path, service, cause != null ? cause.toString() : "no cause"));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (!timeout) {
            answer.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        return answer
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.body(exchange, status, ProblemTypes.SERVICE_UNAVAILABLE, status.getReasonPhrase(),
                        detail, path));
    }
}
