package cn.gov.sucheng.worksafety.gateway.routing;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * One timer per request, {@code http.server.requests}, tagged with the route that served it ({@code route},
 * {@code none} for the gateway's own answers). The gateway's own per-route client observation and its
 * {@code spring.cloud.gateway.requests} timer are switched off ({@code spring.cloud.gateway.server.webflux.observability}
 * and {@code .metrics}): each would add a timer per request for no extra information.
 */
@Component
public class RouteTaggedServerObservations extends DefaultServerRequestObservationConvention {

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Route route = (Route) context.getAttributes().get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of("route", route == null ? "none" : route.getId()));
    }
}
