package cn.gov.sucheng.worksafety.gateway.observability;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.gateway.requestid.RequestIdFilter;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.tracing.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The audit record of who called what: one JSON line per request to the logger {@code worksafety.access}, which
 * logback-spring.xml writes to its own rolling file ({@code worksafety.gateway.access-log.*}) through an
 * asynchronous appender (no file I/O on the event loop; it waits rather than drop a record when full).
 * <p>
 * Written when the request's server observation stops, that is once the answer is complete, whatever produced it
 * (a service, a fallback, a 401/403 of the security chain, an error handler): no extra operator on the request
 * path. The caller is the verified token's client, remembered by the security chain ({@link #rememberCaller}).
 * Health probes are left out: they are not calls of anyone.
 */
@Component
public class AccessLog implements ObservationHandler<ServerRequestObservationContext> {

    static final Logger AUDIT = LoggerFactory.getLogger("worksafety.access");
    private static final String CALLER = AccessLog.class.getName() + ".caller";
    private static final String STARTED = AccessLog.class.getName() + ".started";

    /** One line of the access log. */
    record Entry(Instant time, String client, String town, List<String> scopes, String method, String route,
            String path, Integer status, double durationMs, String requestId, String traceId) {
    }

    private final JsonMapper json;

    public AccessLog(JsonMapper json) {
        this.json = json;
    }

    /**
     * Keeps the verified token on the exchange for the access log, from the security chain's Reactor context (which
     * carries the exchange); then {@code next}.
     */
    public static <T> Mono<T> rememberCaller(Jwt jwt, java.util.function.Supplier<Mono<T>> next) {
        return Mono.deferContextual(context -> {
            context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
                    .ifPresent(exchange -> exchange.getAttributes().put(CALLER, jwt));
            return next.get();
        });
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof ServerRequestObservationContext;
    }

    @Override
    public void onStart(ServerRequestObservationContext context) {
        context.put(STARTED, System.nanoTime());
    }

    @Override
    public void onStop(ServerRequestObservationContext context) {
        if (!AUDIT.isInfoEnabled()) {
            return;
        }
        String path = context.getCarrier().getPath().value();
        if (path.startsWith("/actuator/health") || path.equals("/livez") || path.equals("/readyz")) {
            return;
        }
        Long started = context.get(STARTED);
        double millis = started == null ? 0 : (System.nanoTime() - started) / 1_000_000.0;
        AUDIT.info(json.writeValueAsString(entry(context, path, Math.round(millis * 1000) / 1000.0)));
    }

    private static Entry entry(ServerRequestObservationContext context, String path, double millis) {
        Map<String, Object> attributes = context.getAttributes();
        Jwt caller = (Jwt) attributes.get(CALLER);
        Route route = (Route) attributes.get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        HttpStatusCode status = context.getResponse() == null ? null : context.getResponse().getStatusCode();
        Span span = RequestSpans.of(context);
        return new Entry(Instant.now().minusNanos((long) (millis * 1_000_000)),
                caller == null ? null : caller.getSubject(),
                caller == null ? null : caller.getClaimAsString(TownScope.CLAIM),
                caller == null ? null : scopes(caller),
                context.getCarrier().getMethod().name(),
                route == null ? null : route.getId(),
                path,
                status == null ? null : status.value(),
                millis,
                (String) attributes.get(RequestIdFilter.ATTRIBUTE),
                span == null ? null : span.context().traceId());
    }

    private static List<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String text) {
            return List.of(text.split(" "));
        }
        if (scope instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
