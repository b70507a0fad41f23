package cn.gov.sucheng.worksafety.platform.grpc;

import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannelBuilder;
import io.grpc.NameResolverRegistry;
import io.grpc.ServerInterceptor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.client.GrpcChannelBuilderCustomizer;
import org.springframework.grpc.server.GlobalServerInterceptor;

/** gRPC defaults shared by every service: discovery-based targets and request-id propagation. */
// After the discovery clients exist, before spring-grpc builds channels.
@AutoConfiguration(afterName = {
        "org.springframework.cloud.client.discovery.composite.CompositeDiscoveryClientAutoConfiguration",
        "org.springframework.cloud.client.discovery.simple.SimpleDiscoveryClientAutoConfiguration" },
        beforeName = "org.springframework.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration")
public class GrpcPlatformAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ GlobalClientInterceptor.class, DiscoveryClient.class })
    static class Client {

        @Bean
        @ConditionalOnBean(DiscoveryClient.class)
        DiscoveryNameResolverProvider discoveryNameResolverProvider(DiscoveryClient discoveryClient,
                @Value("${worksafety.grpc.discovery-refresh:5s}") java.time.Duration refresh) {
            return new DiscoveryNameResolverProvider(discoveryClient, refresh.toMillis());
        }

        /**
         * Channels resolve {@code discovery:///…} through this application's own discovery client, and balance
         * round-robin over the instances found. The provider is given per channel rather than registered in
         * gRPC's JVM-wide registry, where several application contexts (tests) would overwrite each other.
         */
        @Bean
        @ConditionalOnBean(DiscoveryNameResolverProvider.class)
        @SuppressWarnings("deprecation")
        <T extends ManagedChannelBuilder<T>> GrpcChannelBuilderCustomizer<T> discoveryChannelDefaults(
                DiscoveryNameResolverProvider provider) {
            NameResolverRegistry registry = new NameResolverRegistry();
            NameResolverRegistry.getDefaultRegistry().providers().forEach(registry::register);
            registry.register(provider);
            return (target, builder) -> {
                builder.nameResolverFactory(registry.asFactory());
                if (target.startsWith(provider.getDefaultScheme() + ":")) {
                    builder.defaultLoadBalancingPolicy("round_robin");
                }
            };
        }

        @Bean
        @GlobalClientInterceptor
        ClientInterceptor requestIdClientInterceptor() {
            return RequestIdGrpcInterceptors.client();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(GlobalServerInterceptor.class)
    static class Server {

        @Bean
        @GlobalServerInterceptor
        ServerInterceptor requestIdServerInterceptor() {
            return RequestIdGrpcInterceptors.server();
        }
    }
}
