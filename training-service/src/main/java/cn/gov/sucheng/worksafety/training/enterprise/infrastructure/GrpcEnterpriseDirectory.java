package cn.gov.sucheng.worksafety.training.enterprise.infrastructure;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.platform.grpc.SiblingFailures;
import cn.gov.sucheng.worksafety.training.enterprise.application.EnterpriseDirectory;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * Asks enterprise-service over the channel {@code spring.grpc.client.channels.enterprise}, which carries the
 * address and the deadline. NOT_FOUND is the registry's answer "no such enterprise".
 */
@Component
class GrpcEnterpriseDirectory implements EnterpriseDirectory {

    private final EnterpriseServiceBlockingStub stub;

    GrpcEnterpriseDirectory(GrpcChannelFactory channels) {
        this.stub = EnterpriseServiceGrpc.newBlockingStub(channels.createChannel("enterprise"));
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
