package cn.gov.sucheng.worksafety.platform.grpc;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Collection;
import java.util.List;

import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;
import io.grpc.NameResolverRegistry;

import org.springframework.cloud.client.discovery.DiscoveryClient;

/**
 * The {@code discovery} scheme for gRPC targets: {@code discovery:///enterprise-service} finds the
 * instances of a service through Spring Cloud's {@link DiscoveryClient} (Nacos here). spring-grpc
 * resolves static and DNS addresses only, hence this provider.
 * <p>
 * gRPC keeps providers in one JVM-wide registry, so the provider itself holds no discovery client: each
 * channel passes its application's client as a name-resolver argument, and several application contexts
 * in one JVM (tests) never resolve through each other's.
 */
public class DiscoveryNameResolverProvider extends NameResolverProvider {

    public static final String SCHEME = "discovery";
    public static final NameResolver.Args.Key<DiscoveryClient> DISCOVERY_CLIENT =
            NameResolver.Args.Key.create("worksafety.discovery-client");
    public static final NameResolver.Args.Key<Long> REFRESH_MILLIS =
            NameResolver.Args.Key.create("worksafety.discovery-refresh-millis");

    private static final DiscoveryNameResolverProvider INSTANCE = new DiscoveryNameResolverProvider();
    private static boolean registered;

    private DiscoveryNameResolverProvider() {
    }

    /** Registers the scheme with gRPC, once per JVM. */
    public static synchronized void register() {
        if (!registered) {
            NameResolverRegistry.getDefaultRegistry().register(INSTANCE);
            registered = true;
        }
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
        DiscoveryClient discoveryClient = args.getArg(DISCOVERY_CLIENT);
        if (discoveryClient == null) {
            throw new IllegalArgumentException(targetUri + " needs a channel built with the application's discovery client");
        }
        Long refresh = args.getArg(REFRESH_MILLIS);
        return new DiscoveryNameResolver(serviceName, discoveryClient, args, refresh == null ? 5_000 : refresh);
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
