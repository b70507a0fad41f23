package cn.gov.sucheng.worksafety.gateway.openapi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.ApplicationListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The last good OpenAPI document of each routed service, fetched through the load balancer and refreshed in
 * the background, so that the merged document never depends on how fast a service answers right now. A
 * document the gateway never got is fetched on demand, and concurrent callers share that one fetch.
 */
@Component
public class ServiceApiDocs implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServiceApiDocs.class);

    private final WebClient client;
    private final GatewayProperties gateway;
    private final JsonMapper json;
    private final ApiDocsSettings settings;
    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();
    private final Map<String, Mono<JsonNode>> inFlight = new ConcurrentHashMap<>();
    // Services whose last fetch failed: logged once when they fail, not on every refresh.
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private volatile Disposable refresher;

    public ServiceApiDocs(ReactorLoadBalancerExchangeFilterFunction loadBalancer, GatewayProperties gateway,
            JsonMapper json, ApiDocsSettings settings) {
        this.client = WebClient.builder()
                .filter(loadBalancer)
                // A whole service's document easily exceeds the 256 KB default buffer.
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
        this.gateway = gateway;
        this.json = json;
        this.settings = settings;
    }

    /** The services the routes point at, in route order, so the document follows the routing configuration. */
    public List<String> routedServices() {
        return gateway.getRoutes().stream()
                .map(RouteDefinition::getUri)
                .filter(uri -> uri != null && "lb".equals(uri.getScheme()))
                .map(uri -> uri.getHost())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * The service's last good document at once; if there never was one, a fetch now (or the one under way),
     * waited for up to the fetch timeout. Empty when the service has no document to give.
     */
    public Mono<Optional<JsonNode>> current(String service) {
        JsonNode known = lastGood.get(service);
        if (known != null) {
            return Mono.just(Optional.of(known));
        }
        return refresh(service).map(Optional::of)
                .onErrorResume(ex -> Mono.empty())
                .defaultIfEmpty(Optional.empty());
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (refresher == null) {
            refresher = Flux.interval(Duration.ZERO, settings.refreshInterval())
                    .onBackpressureDrop()
                    .concatMap(tick -> Flux.fromIterable(routedServices())
                            .flatMap(service -> refresh(service).onErrorResume(ex -> Mono.empty()))
                            .then(), 1)
                    .subscribe();
        }
    }

    @Override
    public void destroy() {
        Disposable running = refresher;
        if (running != null) {
            running.dispose();
        }
    }

    private Mono<JsonNode> refresh(String service) {
        return inFlight.computeIfAbsent(service, s -> fetch(s)
                .doFinally(signal -> inFlight.remove(s))
                .cache());
    }

    private Mono<JsonNode> fetch(String service) {
        return client.get().uri("http://{service}/v3/api-docs", service)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .map(json::readTree)
                .timeout(settings.fetchTimeout())
                .doOnNext(doc -> {
                    lastGood.put(service, doc);
                    if (failing.remove(service)) {
                        log.info("OpenAPI document of {} available again", service);
                    }
                })
                .doOnError(ex -> {
                    if (failing.add(service)) {
                        log.warn("OpenAPI document of {} unavailable{}: {}", service,
                                lastGood.containsKey(service) ? " (its last good one is kept)" : "", ex.toString());
                    }
                });
    }
}
