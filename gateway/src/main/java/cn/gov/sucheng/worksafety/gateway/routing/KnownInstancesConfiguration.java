package cn.gov.sucheng.worksafety.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The load balancer's per-service configuration (a child context for each service, see
 * {@link org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients}): deliberately not a
 * {@code @Configuration} found by component scanning, which would put one supplier in the main context.
 */
public class KnownInstancesConfiguration {

    @Bean
    ServiceInstanceListSupplier knownInstances(Environment environment, ReactiveDiscoveryClient discovery) {
        // Bound rather than injected: the child context has no conversion service for "5s".
        Binder binder = Binder.get(environment);
        return new KnownInstances(environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME), discovery,
                binder.bind("worksafety.gateway.discovery.refresh-interval", Duration.class).orElse(Duration.ofSeconds(5)),
                binder.bind("worksafety.gateway.discovery.timeout", Duration.class).orElse(Duration.ofSeconds(3)));
    }
}
