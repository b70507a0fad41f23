package cn.gov.sucheng.worksafety.gateway.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentDescriptor;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Operations through the gateway, for a client holding the {@code admin} scope (the gateway's scope table guards
 * {@code /admin/**}): the instances registered per service with the health each reports, and the gateway's
 * configuration in effect with secrets masked by Spring Boot's conventions (AdminConfiguration).
 */
@RestController
@RequestMapping("/admin")
public class AdminOperations {

    /** One registered instance and the health it reported (or why it could not be asked). */
    public record Instance(String instanceId, String uri, Map<String, String> metadata, String health,
            Map<String, String> components, String error) {
    }

    public record Service(String service, List<Instance> instances) {
    }

    private final ReactiveDiscoveryClient discovery;
    private final EnvironmentEndpoint environment;
    private final WebClient client;
    private final Duration timeout;

    public AdminOperations(ReactiveDiscoveryClient discovery, EnvironmentEndpoint environment,
            @Value("${worksafety.gateway.admin.health-timeout:3s}") Duration timeout) {
        this.discovery = discovery;
        this.environment = environment;
        this.client = WebClient.builder().build();
        this.timeout = timeout;
    }

    /** Every service discovery knows (the gateway too), each instance with its {@code /actuator/health}. */
    @GetMapping("/instances")
    public Mono<List<Service>> instances() {
        return discovery.getServices().sort()
                .concatMap(service -> discovery.getInstances(service)
                        .flatMap(this::withHealth)
                        .sort(java.util.Comparator.comparing(Instance::uri))
                        .collectList()
                        .map(instances -> new Service(service, instances)))
                .collectList();
    }

    /** The gateway's property sources in order of precedence, secrets masked. */
    @GetMapping("/configuration")
    public EnvironmentDescriptor configuration() {
        return environment.environment(null);
    }

    private Mono<Instance> withHealth(ServiceInstance instance) {
        String uri = instance.getUri().toString();
        // Only the statuses: health details name database URLs, disk paths and cluster names.
        return client.get().uri(uri + "/actuator/health").retrieve().bodyToMono(JsonNode.class)
                .onErrorResume(WebClientResponseException.class,
                        ex -> Mono.justOrEmpty(ex.getResponseBodyAs(JsonNode.class))) // 503 DOWN carries a body too
                .timeout(timeout)
                .map(health -> new Instance(instance.getInstanceId(), uri, instance.getMetadata(),
                        health.path("status").asString("UNKNOWN"), components(health), null))
                .onErrorResume(ex -> Mono.just(new Instance(instance.getInstanceId(), uri, instance.getMetadata(),
                        "UNREACHABLE", Map.of(), ex.getClass().getSimpleName())));
    }

    private static Map<String, String> components(JsonNode health) {
        Map<String, String> statuses = new LinkedHashMap<>();
        health.path("components").properties()
                .forEach(component -> statuses.put(component.getKey(), component.getValue().path("status").asString()));
        return statuses;
    }
}
