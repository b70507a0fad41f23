package cn.gov.sucheng.worksafety.platform.grpc;

import io.grpc.BindableService;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannelBuilder;
import io.grpc.ServerInterceptor;
import io.grpc.protobuf.services.ProtoReflectionService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.grpc.server.autoconfigure.ConditionalOnGrpcServerEnabled;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.client.GrpcChannelBuilderCustomizer;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * gRPC defaults shared by every service: discovery-based targets, request-id propagation, a log line per call
 * (GrpcCallLog; traces and metrics per call come from spring-grpc's observations), one mapping of
 * exceptions to status codes, and server reflection in both protocol versions.
 */
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

        @Bean
        @GlobalClientInterceptor
        ClientInterceptor grpcClientCallLog() {
            return GrpcCallLog.client();
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

        @Bean
        @GlobalServerInterceptor
        ServerInterceptor grpcServerCallLog() {
            return GrpcCallLog.server();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ GrpcExceptionHandler.class, DataAccessException.class })
    static class Errors {

        @Bean
        DomainGrpcExceptionHandler domainGrpcExceptionHandler() {
            return new DomainGrpcExceptionHandler();
        }
    }

    /**
     * spring-grpc serves reflection v1 only; grpc-js reflection clients, older grpcurl and Postman's importers ask
     * v1alpha and would get UNIMPLEMENTED, so both are served, under the same switch.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerFactoryAutoConfiguration",
            value = ProtoReflectionService.class)
    @ConditionalOnGrpcServerEnabled("reflection")
    static class ReflectionV1Alpha {

        @Bean
        @SuppressWarnings("deprecation") // v1alpha is deprecated in favour of v1, which spring-grpc already serves.
        BindableService serverReflectionV1Alpha() {
            return ProtoReflectionService.newInstance();
        }
    }
}
