package cn.gov.sucheng.worksafety.gateway.routing;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Remembers the path the caller asked for: a circuit breaker's fallback forwards the exchange to
 * {@code /fallback/...}, yet the problem it answers must name the caller's path as its {@code instance}.
 */
@Component
public class OriginalPathFilter implements WebFilter, Ordered {

    public static final String ATTRIBUTE = OriginalPathFilter.class.getName() + ".path";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, exchange.getRequest().getPath().value());
    }
}
