package cn.gov.sucheng.worksafety.hazard.enterprise.infrastructure;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

/** The channel to enterprise-service: its target and deadline live under spring.grpc.client.channels.enterprise. */
@Configuration(proxyBeanMethods = false)
class EnterpriseClientConfiguration {

    @Bean
    EnterpriseServiceBlockingStub enterpriseStub(GrpcChannelFactory channels) {
        return EnterpriseServiceGrpc.newBlockingStub(channels.createChannel("enterprise"));
    }
}
