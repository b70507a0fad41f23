package cn.gov.sucheng.worksafety.gateway.openapi;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /v3/api-docs}: one OpenAPI document for the whole suite, merged from the services' own
 * documents, fetched in parallel through the load balancer. A service that is down does not fail the
 * document: it is listed under {@code x-unavailable-services}.
 */
@Hidden
@RestController
public class MergedApiDocsController {

    private static final Logger log = LoggerFactory.getLogger(MergedApiDocsController.class);

    private final OpenApiMerger merger = new OpenApiMerger();
    private final WebClient client;
    private final GatewayProperties gateway;
    private final JsonMapper json;
    private final Duration timeout;

    public MergedApiDocsController(ReactorLoadBalancerExchangeFilterFunction loadBalancer, GatewayProperties gateway,
            JsonMapper json, @Value("${worksafety.gateway.openapi.fetch-timeout:3s}") Duration timeout) {
        this.client = WebClient.builder()
                .filter(loadBalancer)
                // A whole service's document easily exceeds the 256 KB default buffer.
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
        this.gateway = gateway;
        this.json = json;
        this.timeout = timeout;
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> apiDocs(ServerHttpRequest request) {
        List<String> services = routedServices();
        String serverUrl = UriComponentsBuilder.fromUri(request.getURI())
                .replacePath(null).replaceQuery(null).fragment(null).build().toUriString();
        return Flux.fromIterable(services)
                .flatMap(service -> fetch(service).map(doc -> Map.entry(service, doc)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(found -> {
                    Map<String, JsonNode> inRouteOrder = new LinkedHashMap<>();
                    services.stream().filter(found::containsKey).forEach(s -> inRouteOrder.put(s, found.get(s)));
                    List<String> unavailable = services.stream().filter(s -> !found.containsKey(s)).toList();
                    return json.writeValueAsString(merger.merge(inRouteOrder, unavailable, serverUrl));
                });
    }

    // The services are those the routes point at, so the document follows the routing configuration.
    private List<String> routedServices() {
        return gateway.getRoutes().stream()
                .map(RouteDefinition::getUri)
                .filter(uri -> uri != null && "lb".equals(uri.getScheme()))
                .map(uri -> uri.getHost())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private Mono<JsonNode> fetch(String service) {
        return client.get().uri("http://{service}/v3/api-docs", service)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .map(json::readTree)
                .timeout(timeout)
                .onErrorResume(ex -> {
                    log.warn("OpenAPI document of {} unavailable: {}", service, ex.toString());
                    return Mono.empty();
                });
    }
}
