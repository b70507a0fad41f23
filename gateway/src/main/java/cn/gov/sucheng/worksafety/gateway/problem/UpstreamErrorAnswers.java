package cn.gov.sucheng.worksafety.gateway.problem;

import cn.gov.sucheng.worksafety.gateway.requestid.RequestIdFilter;
import cn.gov.sucheng.worksafety.gateway.routing.OriginalPathFilter;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A service's error answer that is not problem+json (a servlet container's error page, an empty 500, a proxy's
 * 413 in HTML) is replaced by a problem with a stable type, so that callers see one error format and never an
 * internal page, stack trace or address. A 5xx other than 502/503/504 becomes 502: the service failed, not the
 * caller. Problem answers, and every success, pass untouched; the decorator only looks at status and headers.
 */
@Component
public class UpstreamErrorAnswers implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UpstreamErrorAnswers.class);

    private final JsonMapper json;

    public UpstreamErrorAnswers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        // Outside the routes' own filters (breaker, retry), so a retried call is judged by its last answer.
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpResponse original = exchange.getResponse();
        ServerHttpResponseDecorator checked = new ServerHttpResponseDecorator(original) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                HttpStatusCode status = getStatusCode();
                if (status == null || !status.isError() || isProblem(getHeaders())) {
                    return super.writeWith(body);
                }
                return Flux.from(body).doOnNext(DataBufferUtils::release).then(Mono.defer(() -> replace(exchange,
                        status, getDelegate())));
            }
        };
        return chain.filter(exchange.mutate().response(checked).build());
    }

    private static boolean isProblem(HttpHeaders headers) {
        MediaType type = headers.getContentType();
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
    }

    private Mono<Void> replace(ServerWebExchange exchange, HttpStatusCode given, ServerHttpResponse response) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route != null ? route.getId() : "the service";
        String path = OriginalPathFilter.of(exchange);
        HttpStatusCode status = given.is5xxServerError() && given.value() != 502 && given.value() != 503
                && given.value() != 504 ? HttpStatus.BAD_GATEWAY : given;
        RequestIdFilter.withRequestId(exchange, () -> log.warn("{} {}: {} answered {} without a problem description",
                exchange.getRequest().getMethod(), path, service, given.value()));
        String detail = status.is5xxServerError()
                ? service + " failed to answer this request; try again later."
                : service + " refused the request (" + given.value() + ").";
        byte[] body = json.writeValueAsBytes(Problems.body(exchange, status, Problems.typeFor(status),
                Problems.reason(status), detail, path));
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        response.setStatusCode(status);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
