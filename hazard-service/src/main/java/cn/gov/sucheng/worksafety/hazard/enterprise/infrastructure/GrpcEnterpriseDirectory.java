package cn.gov.sucheng.worksafety.hazard.enterprise.infrastructure;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.platform.grpc.SiblingCalls;

import org.springframework.stereotype.Component;

/**
 * Asks enterprise-service over gRPC through the platform's {@link SiblingCalls}: under the channel's deadline and
 * behind the breaker {@value #SIBLING}, so a registry that is down or slow answers a fast 503 instead of holding
 * the caller. NOT_FOUND is the registry's answer "no such enterprise".
 */
@Component
class GrpcEnterpriseDirectory implements EnterpriseDirectory {

    static final String SIBLING = "enterprise-service";

    private final EnterpriseServiceBlockingStub stub;
    private final SiblingCalls siblings;

    GrpcEnterpriseDirectory(EnterpriseServiceBlockingStub stub, SiblingCalls siblings) {
        this.stub = stub;
        this.siblings = siblings;
    }

    @Override
    public Optional<EnterpriseFacts> find(UUID enterpriseId) {
        return siblings.find(SIBLING, () -> facts(stub.getEnterprise(
                GetEnterpriseRequest.newBuilder().setId(enterpriseId.toString()).build()).getEnterprise()));
    }

    @Override
    public Map<UUID, EnterpriseFacts> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return siblings.call(SIBLING, () -> stub.batchGetEnterprises(BatchGetEnterprisesRequest.newBuilder()
                        .addAllIds(ids.stream().map(UUID::toString).toList()).build())
                .getEnterprisesList().stream().map(GrpcEnterpriseDirectory::facts)
                .collect(Collectors.toMap(EnterpriseFacts::id, Function.identity())));
    }

    private static EnterpriseFacts facts(Enterprise e) {
        return new EnterpriseFacts(UUID.fromString(e.getId()), e.getName(), e.getTown(),
                IndustryAreaCodes.code(e.getIndustryArea()), e.getSupervisingDepartment());
    }
}
