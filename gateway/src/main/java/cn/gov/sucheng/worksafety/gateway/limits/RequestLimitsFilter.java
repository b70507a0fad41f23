package cn.gov.sucheng.worksafety.gateway.limits;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.gateway.problem.Problems;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose URI or headers are larger than {@link RequestLimits} allow, with 414 or 431
 * problem+json, before it is routed. Runs after the request id filter, so the answer carries the id.
 */
@Component
public class RequestLimitsFilter implements WebFilter, Ordered {

    private final RequestLimits limits;
    private final JsonMapper json;

    public RequestLimitsFilter(RequestLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        URI uri = request.getURI();
        long uriLength = uri.getRawPath().length() + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (uriLength > limits.maxUriLength().toBytes()) {
            return refuse(exchange, HttpStatus.URI_TOO_LONG, ProblemTypes.URI_TOO_LONG,
                    "The request URI has " + uriLength + " characters; the gateway accepts at most "
                            + limits.maxUriLength().toBytes() + ". Send large filters in a request body.");
        }
        long headerSize = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                headerSize += header.getKey().length() + value.length() + 4; // "name: value\r\n"
            }
        }
        if (headerSize > limits.maxHeaderSize().toBytes()) {
            return refuse(exchange, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, ProblemTypes.HEADERS_TOO_LARGE,
                    "The request headers have " + headerSize + " bytes; the gateway accepts at most "
                            + limits.maxHeaderSize().toBytes() + ".");
        }
        return chain.filter(exchange);
    }

    private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, URI type, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        // The path alone, and only a sane one: echoing a huge URI back would only repeat the problem.
        String path = exchange.getRequest().getPath().value();
        byte[] body = json.writeValueAsBytes(Problems.body(exchange, status, type, status.getReasonPhrase(), detail,
                path.length() <= 256 ? path : null));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
