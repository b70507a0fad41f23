package cn.gov.sucheng.worksafety.platform.grpc;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.grpc.EquivalentAddressGroup;
import io.grpc.NameResolver;
import io.grpc.Status;
import io.grpc.SynchronizationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;

/**
 * Resolves {@code discovery:///service-name} to the gRPC endpoints of that service's registered
 * instances: their host and the port published in the instance metadata under {@code grpc-port}.
 * Re-resolves when gRPC asks (a connection failed) and on a fixed period, so instances that come
 * and go are followed without a restart. An instance without a usable {@code grpc-port} (an older or
 * misconfigured deployment) is skipped and logged, so it cannot take its healthy siblings down with it.
 */
class DiscoveryNameResolver extends NameResolver {

    static final String GRPC_PORT_METADATA = "grpc-port";

    private static final Logger log = LoggerFactory.getLogger(DiscoveryNameResolver.class);

    private final String serviceName;
    private final DiscoveryClient discoveryClient;
    private final ScheduledExecutorService executor;
    private final SynchronizationContext syncContext;
    private final long refreshMillis;

    private Listener2 listener;
    private ScheduledFuture<?> periodic;
    private List<EquivalentAddressGroup> lastAddresses;
    private boolean resolving;

    DiscoveryNameResolver(String serviceName, DiscoveryClient discoveryClient, Args args, long refreshMillis) {
        this.serviceName = serviceName;
        this.discoveryClient = discoveryClient;
        this.executor = args.getScheduledExecutorService();
        this.syncContext = args.getSynchronizationContext();
        this.refreshMillis = refreshMillis;
    }

    @Override
    public String getServiceAuthority() {
        return serviceName;
    }

    @Override
    public void start(Listener2 listener) {
        this.listener = listener;
        resolve();
        periodic = executor.scheduleWithFixedDelay(() -> syncContext.execute(this::resolve), refreshMillis,
                refreshMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void refresh() {
        resolve();
    }

    @Override
    public void shutdown() {
        if (periodic != null) {
            periodic.cancel(false);
        }
    }

    // Runs in the synchronization context; the registry look-up itself runs on the executor.
    private void resolve() {
        if (resolving || listener == null) {
            return;
        }
        resolving = true;
        executor.execute(() -> {
            List<EquivalentAddressGroup> addresses;
            Status error = null;
            try {
                addresses = discoveryClient.getInstances(serviceName).stream()
                        .map(DiscoveryNameResolver::toAddress)
                        .flatMap(Optional::stream)
                        .toList();
                if (addresses.isEmpty()) {
                    error = Status.UNAVAILABLE.withDescription("no instance of " + serviceName
                            + " with a gRPC port is registered");
                }
            }
            catch (RuntimeException ex) {
                addresses = List.of();
                error = Status.UNAVAILABLE.withDescription("service registry look-up of " + serviceName + " failed")
                        .withCause(ex);
            }
            List<EquivalentAddressGroup> found = addresses;
            Status failure = error;
            syncContext.execute(() -> {
                resolving = false;
                if (failure != null) {
                    lastAddresses = null;
                    listener.onError(failure);
                }
                else if (!found.equals(lastAddresses)) {
                    lastAddresses = found;
                    listener.onResult(ResolutionResult.newBuilder().setAddresses(found).build());
                }
            });
        });
    }

    private static Optional<EquivalentAddressGroup> toAddress(ServiceInstance instance) {
        String raw = instance.getMetadata() == null ? null : instance.getMetadata().get(GRPC_PORT_METADATA);
        int port;
        try {
            port = Integer.parseInt(raw == null ? "" : raw.trim());
        }
        catch (NumberFormatException ex) {
            port = -1;
        }
        if (port < 1 || port > 65_535 || instance.getHost() == null || instance.getHost().isBlank()) {
            log.warn("skipping instance {} of {} at {}: metadata {} is '{}', not a port", instance.getInstanceId(),
                    instance.getServiceId(), instance.getHost(), GRPC_PORT_METADATA, raw);
            return Optional.empty();
        }
        return Optional.of(new EquivalentAddressGroup(new InetSocketAddress(instance.getHost(), port)));
    }
}
