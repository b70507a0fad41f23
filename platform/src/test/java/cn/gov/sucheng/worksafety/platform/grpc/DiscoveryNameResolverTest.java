package cn.gov.sucheng.worksafety.platform.grpc;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.grpc.NameResolver;
import io.grpc.NameResolver.ResolutionResult;
import io.grpc.Status;
import io.grpc.SynchronizationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryNameResolverTest {

    final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    static ServiceInstance instance(String id, String host, Map<String, String> metadata) {
        return new DefaultServiceInstance(id, "enterprise-service", host, 8081, false, metadata);
    }

    /** What the resolver reports first for the given registered instances. */
    Object resolve(List<ServiceInstance> registered) throws Exception {
        DiscoveryClient discovery = new DiscoveryClient() {
            @Override
            public String description() {
                return "fixed";
            }

            @Override
            public List<ServiceInstance> getInstances(String serviceId) {
                return "enterprise-service".equals(serviceId) ? registered : List.of();
            }

            @Override
            public List<String> getServices() {
                return List.of("enterprise-service");
            }
        };
        NameResolver.Args args = NameResolver.Args.newBuilder()
                .setDefaultPort(443)
                .setProxyDetector(target -> null)
                .setSynchronizationContext(new SynchronizationContext((t, e) -> { }))
                .setScheduledExecutorService(executor)
                .setServiceConfigParser(new NameResolver.ServiceConfigParser() {
                    @Override
                    public NameResolver.ConfigOrError parseServiceConfig(Map<String, ?> config) {
                        return NameResolver.ConfigOrError.fromConfig(config);
                    }
                })
                .setArg(DiscoveryNameResolverProvider.DISCOVERY_CLIENT, discovery)
                .setArg(DiscoveryNameResolverProvider.REFRESH_MILLIS, 60_000L)
                .build();
        DiscoveryNameResolverProvider.register();
        NameResolver resolver = io.grpc.NameResolverRegistry.getDefaultRegistry().asFactory()
                .newNameResolver(URI.create("discovery:///enterprise-service"), args);
        CompletableFuture<Object> first = new CompletableFuture<>();
        resolver.start(new NameResolver.Listener2() {
            @Override
            public void onResult(ResolutionResult result) {
                first.complete(result.getAddressesOrError().getValue().stream()
                        .flatMap(group -> group.getAddresses().stream()).toList());
            }

            @Override
            public void onError(Status error) {
                first.complete(error);
            }
        });
        try {
            return first.get(30, TimeUnit.SECONDS);
        }
        finally {
            resolver.shutdown();
        }
    }

    @Test
    void resolvesEveryInstanceToItsGrpcPort() throws Exception {
        Object addresses = resolve(List.of(instance("a", "127.0.0.1", Map.of("grpc-port", "9081")),
                instance("b", "127.0.0.2", Map.of("grpc-port", "9091"))));

        assertThat(addresses).asList().containsExactly(new InetSocketAddress("127.0.0.1", 9081),
                new InetSocketAddress("127.0.0.2", 9091));
    }

    @Test
    void skipsInstancesWithAMissingOrBadGrpcPortAndKeepsTheOthers() throws Exception {
        Object addresses = resolve(List.of(
                instance("no-port", "127.0.0.3", Map.of()),
                instance("empty", "127.0.0.4", Map.of("grpc-port", "")),
                instance("words", "127.0.0.5", Map.of("grpc-port", "nine-thousand")),
                instance("out-of-range", "127.0.0.6", Map.of("grpc-port", "70000")),
                instance("good", "127.0.0.1", Map.of("grpc-port", "9081"))));

        assertThat(addresses).asList().containsExactly((SocketAddress) new InetSocketAddress("127.0.0.1", 9081));
    }

    @Test
    void reportsUnavailableWhenNoInstanceHasAUsableGrpcPort() throws Exception {
        Object outcome = resolve(List.of(instance("words", "127.0.0.5", Map.of("grpc-port", "x"))));

        assertThat(outcome).isInstanceOfSatisfying(Status.class, status -> {
            assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(status.getDescription()).contains("enterprise-service");
        });
    }
}
