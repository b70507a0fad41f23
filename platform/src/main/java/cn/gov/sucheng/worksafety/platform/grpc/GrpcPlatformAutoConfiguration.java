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
            DiscoveryNameResolverProvider provider = new DiscoveryNameResolverProvider(discoveryClient,
                    refresh.toMillis());
            // Channels built by spring-grpc look schemes up in the default registry.
            NameResolverRegistry.getDefaultRegistry().register(provider);
            return provider;
        }

        /**
         * Channels to {@code discovery:///…} targets balance round-robin over the instances found. Taking the
         * provider as a parameter also makes sure it is registered before spring-grpc builds any channel.
         */
        @Bean
        @ConditionalOnBean(DiscoveryNameResolverProvider.class)
        <T extends ManagedChannelBuilder<T>> GrpcChannelBuilderCustomizer<T> discoveryChannelDefaults(
                DiscoveryNameResolverProvider provider) {
            return (target, builder) -> {
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
