package cn.gov.sucheng.worksafety.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;

/**
 * A service registry a test changes while the application runs, standing in for Nacos: a sibling's gRPC double
 * binds port 0 once, and the test registers whatever port it got, with the {@code grpc-port} metadata Nacos
 * carries. Declared as a bean, Spring Cloud's composite discovery client asks it like any other.
 */
public class TestDiscoveryClient implements DiscoveryClient {

    private final Map<String, List<ServiceInstance>> instances = new ConcurrentHashMap<>();

    /** Makes the service's one instance the gRPC server on this port of the loopback. */
    public void register(String serviceId, int grpcPort) {
        instances.put(serviceId, List.of(new DefaultServiceInstance(serviceId + "-" + grpcPort, serviceId,
                "127.0.0.1", grpcPort, false, Map.of("grpc-port", String.valueOf(grpcPort)))));
    }

    @Override
    public String description() {
        return "instances registered by the test";
    }

    @Override
    public List<ServiceInstance> getInstances(String serviceId) {
        return instances.getOrDefault(serviceId, List.of());
    }

    @Override
    public List<String> getServices() {
        return List.copyOf(instances.keySet());
    }
}
