package cn.gov.sucheng.worksafety.gateway.routing;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

/**
 * The instances of one service as discovery last reported them, refreshed in the background. A routed request
 * reads a field instead of walking Spring Cloud's caching supplier (a cache lookup that materializes and
 * collects a Flux on every request, which showed in the gateway's profile). When discovery fails (Nacos briefly
 * down), the last known instances stay in use; an answer with no instances (the service stopped and
 * deregistered) is taken as it is, so the route answers 503 at once.
 */
final class KnownInstances implements ServiceInstanceListSupplier, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnownInstances.class);

    private final String serviceId;
    private final ReactiveDiscoveryClient discovery;
    private final Duration timeout;
    private final Disposable refresher;
    private volatile List<ServiceInstance> known;

    KnownInstances(String serviceId, ReactiveDiscoveryClient discovery, Duration interval, Duration timeout) {
        this.serviceId = serviceId;
        this.discovery = discovery;
        this.timeout = timeout;
        this.refresher = Flux.interval(Duration.ZERO, interval)
                .onBackpressureDrop()
                .concatMap(tick -> lookUp().onErrorResume(ex -> {
                    log.warn("discovery did not answer for {} ({}); routing on to the {} instance(s) known", serviceId,
                            ex.toString(), known == null ? 0 : known.size());
                    return Mono.empty();
                }), 0)
                .subscribe(instances -> known = instances);
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        List<ServiceInstance> instances = known;
        if (instances != null) {
            return Flux.just(instances);
        }
        // The first requests after start, before the first refresh answered.
        return lookUp().doOnNext(found -> known = found).onErrorReturn(List.of()).flux();
    }

    private Mono<List<ServiceInstance>> lookUp() {
        return discovery.getInstances(serviceId).collectList().timeout(timeout);
    }

    @Override
    public void destroy() {
        refresher.dispose();
    }
}
