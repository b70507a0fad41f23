package cn.gov.sucheng.worksafety.platform.grpc;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.event.EventListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;

/**
 * What the standard gRPC health service answers: for the whole server ({@code ""}) and for every service the server
 * serves, by its full name, SERVING while each of the configured actuator health paths is UP (by default Spring
 * Boot's readiness group and the database), NOT_SERVING otherwise. Kubernetes' gRPC readiness probe and clients
 * that check a service by name both read it. spring-grpc's own actuator adapter only reports the indicators listed
 * by path and otherwise leaves the server SERVING whatever happens; this takes its place. Updated when the server
 * starts, at every change of readiness (so a shutdown is NOT_SERVING at once) and every {@code updateRate}.
 */
public class GrpcServingStatus implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GrpcServingStatus.class);

    private final HealthStatusManager health;
    private final HealthEndpoint endpoint;
    private final List<String> paths;
    private final Duration updateRate;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "grpc-serving-status");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> services = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile ServingStatus current;

    public GrpcServingStatus(HealthStatusManager health, HealthEndpoint endpoint, List<String> paths,
            Duration updateRate) {
        this.health = health;
        this.endpoint = endpoint;
        this.paths = List.copyOf(paths);
        this.updateRate = updateRate;
    }

    // Once per server (a network and an in-process one serve the same services); one schedule for all.
    @EventListener
    void serverStarted(GrpcServerStartedEvent event) {
        event.getServer().getServices().forEach(s -> services.add(s.getServiceDescriptor().getName()));
        update();
        if (scheduled.compareAndSet(false, true)) {
            long every = updateRate.toMillis();
            scheduler.scheduleWithFixedDelay(this::update, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @EventListener
    void readinessChanged(AvailabilityChangeEvent<ReadinessState> event) {
        if (!services.isEmpty()) {
            update();
        }
    }

    synchronized void update() {
        ServingStatus status;
        try {
            status = ServingStatus.SERVING;
            for (String path : paths) {
                HealthDescriptor found = endpoint.healthForPath(path.split("/"));
                if (found != null && !Status.UP.equals(found.getStatus())) {
                    status = ServingStatus.NOT_SERVING;
                }
            }
        }
        catch (RuntimeException ex) {
            log.warn("health could not be read; gRPC answers NOT_SERVING", ex);
            status = ServingStatus.NOT_SERVING;
        }
        if (status != current) {
            log.info("gRPC serving status: {}", status);
        }
        current = status;
        health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, status);
        for (String service : services) {
            health.setStatus(service, status);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
