package cn.gov.sucheng.worksafety.gateway.observability;

import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * The span of the request's server observation, found through the exchange's attributes: the gateway runs
 * without automatic Reactor context propagation (thread-local restoring on every operator cost much of the
 * request path's CPU), so code on the request path asks the exchange rather than the current thread.
 */
final class RequestSpans {

    private RequestSpans() {
    }

    static Span of(Map<String, Object> exchangeAttributes) {
        return ServerRequestObservationContext.findCurrent(exchangeAttributes).map(RequestSpans::of).orElse(null);
    }

    static Span of(Observation.Context context) {
        TracingContext tracing = context.get(TracingContext.class);
        return tracing == null ? null : tracing.getSpan();
    }
}
