package cn.gov.sucheng.worksafety.platform.grpc;


import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannelBuilder;
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

        /**
         * Every channel resolves {@code discovery:///…} targets through this application's discovery client and
         * balances those round-robin over the instances found.
         */
        @Bean
        @ConditionalOnBean(DiscoveryClient.class)
        <T extends ManagedChannelBuilder<T>> GrpcChannelBuilderCustomizer<T> discoveryChannelDefaults(
                DiscoveryClient discoveryClient,
                @Value("${worksafety.grpc.discovery-refresh:5s}") java.time.Duration refresh) {
            DiscoveryNameResolverProvider.register();
            return (target, builder) -> {
                builder.setNameResolverArg(DiscoveryNameResolverProvider.DISCOVERY_CLIENT, discoveryClient);
                builder.setNameResolverArg(DiscoveryNameResolverProvider.REFRESH_MILLIS, refresh.toMillis());
                if (target.startsWith(DiscoveryNameResolverProvider.SCHEME + ":")) {
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
