package cn.gov.sucheng.worksafety.enterprise.registry.grpc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/** The registry as its sibling services see it. */
@Service
class EnterpriseGrpcService extends EnterpriseServiceGrpc.EnterpriseServiceImplBase {

    static final int MAX_BATCH = 1000;

    private final EnterpriseRegistry registry;

    EnterpriseGrpcService(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void getEnterprise(GetEnterpriseRequest request, StreamObserver<GetEnterpriseResponse> response) {
        try {
            Enterprise enterprise = registry.get(parseId(request.getId(), "id"));
            response.onNext(GetEnterpriseResponse.newBuilder()
                    .setEnterprise(EnterpriseMessages.toMessage(enterprise)).build());
            response.onCompleted();
        }
        catch (DomainProblem ex) {
            response.onError(Status.NOT_FOUND.withDescription(ex.getMessage()).asRuntimeException());
        }
        catch (StatusRuntimeException ex) {
            response.onError(ex);
        }
    }

    @Override
    public void batchGetEnterprises(BatchGetEnterprisesRequest request,
            StreamObserver<BatchGetEnterprisesResponse> response) {
        if (request.getIdsCount() > MAX_BATCH) {
            response.onError(Status.INVALID_ARGUMENT.withDescription("at most " + MAX_BATCH + " ids per batch")
                    .asRuntimeException());
            return;
        }
        Set<UUID> ids = new LinkedHashSet<>();
        try {
            for (String id : request.getIdsList()) {
                ids.add(parseId(id, "ids"));
            }
        }
        catch (StatusRuntimeException ex) {
            response.onError(ex);
            return;
        }
        List<Enterprise> found = registry.getAll(ids);
        Set<UUID> foundIds = found.stream().map(Enterprise::id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        ids.stream().filter(id -> !foundIds.contains(id)).forEach(id -> missing.add(id.toString()));
        response.onNext(BatchGetEnterprisesResponse.newBuilder()
                .addAllEnterprises(found.stream().map(EnterpriseMessages::toMessage).toList())
                .addAllMissingIds(missing)
                .build());
        response.onCompleted();
    }

    private static UUID parseId(String raw, String field) {
        try {
            return UUID.fromString(raw);
        }
        catch (IllegalArgumentException ex) {
            throw Status.INVALID_ARGUMENT.withDescription(field + " is not a UUID: '" + raw + "'").asRuntimeException();
        }
    }
}
