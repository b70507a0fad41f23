package cn.gov.sucheng.worksafety.training.enterprise.infrastructure;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.platform.grpc.SiblingCalls;
import cn.gov.sucheng.worksafety.training.enterprise.application.EnterpriseDirectory;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * Asks enterprise-service over the channel {@code spring.grpc.client.channels.enterprise} (address and deadline)
 * through the platform's {@link SiblingCalls}, behind the breaker {@value #SIBLING}. NOT_FOUND is the registry's
 * answer "no such enterprise"; every other failure means it could not answer (503), never taken for "unknown".
 */
@Component
class GrpcEnterpriseDirectory implements EnterpriseDirectory {

    static final String SIBLING = "enterprise-service";

    private final EnterpriseServiceBlockingStub stub;
    private final SiblingCalls siblings;

    GrpcEnterpriseDirectory(GrpcChannelFactory channels, SiblingCalls siblings) {
        this.stub = EnterpriseServiceGrpc.newBlockingStub(channels.createChannel("enterprise"));
        this.siblings = siblings;
    }

    @Override
    public Optional<EnterpriseFacts> find(UUID enterpriseId) {
        return siblings.find(SIBLING, () -> {
            Enterprise e = stub.getEnterprise(GetEnterpriseRequest.newBuilder().setId(enterpriseId.toString()).build())
                    .getEnterprise();
            return new EnterpriseFacts(UUID.fromString(e.getId()), e.getName(), e.getTown(),
                    IndustryAreaCodes.code(e.getIndustryArea()));
        });
    }
}
