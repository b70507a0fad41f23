package cn.gov.sucheng.worksafety.platform.grpc;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Collection;
import java.util.List;

import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;

import org.springframework.cloud.client.discovery.DiscoveryClient;

/**
 * The {@code discovery} scheme for gRPC targets: {@code discovery:///enterprise-service} finds the
 * instances of a service through Spring Cloud's {@link DiscoveryClient} (Nacos here). spring-grpc
 * resolves static and DNS addresses only, hence this provider.
 */
public class DiscoveryNameResolverProvider extends NameResolverProvider {

    public static final String SCHEME = "discovery";

    private final DiscoveryClient discoveryClient;
    private final long refreshMillis;

    public DiscoveryNameResolverProvider(DiscoveryClient discoveryClient, long refreshMillis) {
        this.discoveryClient = discoveryClient;
        this.refreshMillis = refreshMillis;
    }

    @Override
    public NameResolver newNameResolver(URI targetUri, NameResolver.Args args) {
        if (!SCHEME.equals(targetUri.getScheme())) {
            return null;
        }
        String serviceName = targetUri.getPath().replaceFirst("^/", "");
        if (serviceName.isEmpty()) {
            throw new IllegalArgumentException("a discovery target names its service: discovery:///name, not " + targetUri);
        }
        return new DiscoveryNameResolver(serviceName, discoveryClient, args, refreshMillis);
    }

    @Override
    public String getDefaultScheme() {
        return SCHEME;
    }

    @Override
    protected boolean isAvailable() {
        return true;
    }

    // Below DNS (5): the highest-priority provider's scheme becomes the default for targets without
    // one, and plain host:port targets must keep resolving through DNS.
    @Override
    protected int priority() {
        return 4;
    }

    @Override
    public Collection<Class<? extends SocketAddress>> getProducedSocketAddressTypes() {
        return List.of(InetSocketAddress.class);
    }
}
