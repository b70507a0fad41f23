package cn.gov.sucheng.worksafety.enforcement.siblings;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.EnterpriseFacts;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.platform.grpc.SiblingCalls;

import org.springframework.stereotype.Component;

/**
 * Asks enterprise-service through the platform's {@link SiblingCalls}: under the channel's deadline and behind the
 * breaker {@value SiblingNames#ENTERPRISE}. NOT_FOUND is the registry's answer "no such enterprise"; every other
 * failure means it could not answer (503), never taken for "unknown".
 */
@Component
class GrpcEnterpriseDirectory implements EnterpriseDirectory {

    private final EnterpriseServiceBlockingStub stub;
    private final SiblingCalls siblings;

    GrpcEnterpriseDirectory(EnterpriseServiceBlockingStub stub, SiblingCalls siblings) {
        this.stub = stub;
        this.siblings = siblings;
    }

    @Override
    public Optional<EnterpriseFacts> find(UUID enterpriseId) {
        return siblings.find(SiblingNames.ENTERPRISE, () -> {
            Enterprise e = stub.getEnterprise(GetEnterpriseRequest.newBuilder().setId(enterpriseId.toString()).build())
                    .getEnterprise();
            return new EnterpriseFacts(UUID.fromString(e.getId()), e.getName(), e.getTown(),
                    IndustryAreaCodes.code(e.getIndustryArea()));
        });
    }
}
