package cn.gov.sucheng.worksafety.enforcement.siblings;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditOutcomeServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import cn.gov.sucheng.worksafety.training.grpc.v1.OfficerServiceGrpc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * The channels to the sibling services; targets and deadlines live under {@code spring.grpc.client.channels.*}
 * (enterprise, hazard, training).
 */
@Configuration(proxyBeanMethods = false)
class SiblingChannels {

    @Bean
    EnterpriseServiceGrpc.EnterpriseServiceBlockingStub enterpriseStub(GrpcChannelFactory channels) {
        return EnterpriseServiceGrpc.newBlockingStub(channels.createChannel("enterprise"));
    }

    @Bean
    CreditOutcomeServiceGrpc.CreditOutcomeServiceBlockingStub creditOutcomeStub(GrpcChannelFactory channels) {
        return CreditOutcomeServiceGrpc.newBlockingStub(channels.createChannel("enterprise"));
    }

    @Bean
    HazardServiceGrpc.HazardServiceBlockingStub hazardStub(GrpcChannelFactory channels) {
        return HazardServiceGrpc.newBlockingStub(channels.createChannel("hazard"));
    }

    @Bean
    OfficerServiceGrpc.OfficerServiceBlockingStub officerStub(GrpcChannelFactory channels) {
        return OfficerServiceGrpc.newBlockingStub(channels.createChannel("training"));
    }
}
