package cn.gov.sucheng.worksafety.platform.grpc;

import java.time.Duration;
import java.util.List;

import io.grpc.protobuf.services.HealthStatusManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.grpc.server.autoconfigure.ConditionalOnGrpcServerEnabled;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;

/** {@link GrpcServingStatus} wherever a gRPC server with the health service runs beside Actuator's health. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
        "org.springframework.boot.grpc.server.autoconfigure.health.GrpcServerHealthAutoConfiguration" })
@ConditionalOnClass({ HealthStatusManager.class, HealthEndpoint.class })
@ConditionalOnGrpcServerEnabled("health")
public class GrpcServingStatusAutoConfiguration {

    @Bean
    @ConditionalOnBean({ HealthStatusManager.class, HealthEndpoint.class })
    GrpcServingStatus grpcServingStatus(HealthStatusManager health, HealthEndpoint endpoint,
            @Value("${worksafety.grpc.health.paths:readiness,db}") List<String> paths,
            @Value("${worksafety.grpc.health.update-rate:5s}") Duration updateRate) {
        return new GrpcServingStatus(health, endpoint, paths, updateRate);
    }
}
