package cn.gov.sucheng.worksafety.enforcement.siblings;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.EnterpriseFacts;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.platform.grpc.SiblingFailures;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import org.springframework.stereotype.Component;

/**
 * Asks enterprise-service under the channel's deadline. NOT_FOUND is the registry's answer "no such enterprise";
 * every other failure means it could not answer (503), never taken for "unknown".
 */
@Component
class GrpcEnterpriseDirectory implements EnterpriseDirectory {

    private final EnterpriseServiceBlockingStub stub;

    GrpcEnterpriseDirectory(EnterpriseServiceBlockingStub stub) {
        this.stub = stub;
    }

    @Override
    public Optional<EnterpriseFacts> find(UUID enterpriseId) {
        try {
            Enterprise e = stub.getEnterprise(GetEnterpriseRequest.newBuilder().setId(enterpriseId.toString()).build())
                    .getEnterprise();
            return Optional.of(new EnterpriseFacts(UUID.fromString(e.getId()), e.getName(), e.getTown(),
                    e.getIndustryArea().name().replaceFirst("^INDUSTRY_AREA_", "")));
        }
        catch (StatusRuntimeException ex) {
            if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw SiblingFailures.unavailable("enterprise-service", ex);
        }
    }
}
