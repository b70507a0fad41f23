package cn.gov.sucheng.worksafety.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import cn.gov.sucheng.worksafety.platform.web.RequestIds;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Keeps the caller's {@code X-Request-Id} or stamps a new one, forwards it to the service, echoes it in
 * the answer and keeps it on the exchange for whatever logs about the request. A web filter rather than a gateway global filter, so
 * that 404s, fallbacks and the merged OpenAPI document carry the id as well as routed calls.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    /** Exchange attribute holding the id, for code that runs outside the filter's Reactor context. */
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    // Visible ASCII only: an id with spaces or line breaks could forge log lines or headers.
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7E]{1,128}");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        // Set just before commit so the value wins over whatever a service echoed or an error path did.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
            return Mono.empty();
        });
        ServerWebExchange forwarded = exchange.mutate()
                .request(r -> r.headers(h -> h.set(RequestIds.HEADER, id)))
                .build();
        // No Reactor context and no automatic thread-local propagation: restoring the MDC around every operator
        // of every request was a large share of the request path's CPU in the profile. The few places that
        // log put the id in the MDC themselves (withRequestId).
        return chain.filter(forwarded);
    }

    /** Runs {@code action} with the exchange's request id in the MDC, for code outside the Reactor context. */
    public static void withRequestId(ServerWebExchange exchange, Runnable action) {
        String id = exchange.getAttribute(ATTRIBUTE);
        String previous = MDC.get(RequestIds.MDC_KEY);
        if (id != null) {
            MDC.put(RequestIds.MDC_KEY, id);
        }
        try {
            action.run();
        }
        finally {
            if (previous != null) {
                MDC.put(RequestIds.MDC_KEY, previous);
            }
            else {
                MDC.remove(RequestIds.MDC_KEY);
            }
        }
    }
}
