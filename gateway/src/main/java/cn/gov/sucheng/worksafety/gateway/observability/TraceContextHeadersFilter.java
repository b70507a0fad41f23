package cn.gov.sucheng.worksafety.gateway.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends the request's trace context on to the service ({@code traceparent}), so the service's spans and logs join
 * the gateway's trace. The gateway's own per-route client observation, which would do this too, stays off (a second
 * timer per request for no more information): the server observation's span is the parent the service sees.
 */
@Component
public class TraceContextHeadersFilter implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    public TraceContextHeadersFilter(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = RequestSpans.of(exchange.getAttributes());
        if (span == null) {
            return input;
        }
        HttpHeaders forwarded = HttpHeaders.copyOf(input);
        // A caller's own traceparent is replaced: the service's parent is the gateway's span.
        propagator.fields().forEach(forwarded::remove);
        propagator.inject(span.context(), forwarded, HttpHeaders::set);
        return forwarded;
    }

    /** After the gateway's own header filters (hop-by-hop removal, forwarded headers). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
