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
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseByCreditCodeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseByCreditCodeResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolResponse;
import cn.gov.sucheng.worksafety.enterprise.registry.application.DrawPoolPage;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.InvalidCreditCodeException;
import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/** The registry as its sibling services see it. */
@Service
class EnterpriseGrpcService extends EnterpriseServiceGrpc.EnterpriseServiceImplBase {

    static final int MAX_BATCH = 1000;
    static final int DEFAULT_DRAW_POOL_PAGE = 500;
    // Bounds one answer at 70,900 enterprises (100x the district): about 250 kB per page.
    static final int MAX_DRAW_POOL_PAGE = 1000;

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

    @Override
    public void getEnterpriseByCreditCode(GetEnterpriseByCreditCodeRequest request,
            StreamObserver<GetEnterpriseByCreditCodeResponse> response) {
        CreditCode code;
        try {
            // Format only: codes registered under an override fail the check character on purpose.
            code = CreditCode.ofFormat(request.getCreditCode());
        }
        catch (InvalidCreditCodeException ex) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException());
            return;
        }
        try {
            Enterprise enterprise = registry.getByCreditCode(code);
            response.onNext(GetEnterpriseByCreditCodeResponse.newBuilder()
                    .setEnterprise(EnterpriseMessages.toMessage(enterprise)).build());
            response.onCompleted();
        }
        catch (DomainProblem ex) {
            response.onError(Status.NOT_FOUND.withDescription(ex.getMessage()).asRuntimeException());
        }
    }

    @Override
    public void listDrawPool(ListDrawPoolRequest request, StreamObserver<ListDrawPoolResponse> response) {
        if (request.getPageSize() < 0) {
            response.onError(Status.INVALID_ARGUMENT.withDescription("page_size must not be negative")
                    .asRuntimeException());
            return;
        }
        int size = request.getPageSize() == 0 ? DEFAULT_DRAW_POOL_PAGE
                : Math.min(request.getPageSize(), MAX_DRAW_POOL_PAGE);
        EnterpriseFilter filter;
        UUID after;
        try {
            filter = new EnterpriseFilter(request.getTown(), request.getVillage(), request.getGrid(),
                    EnterpriseMessages.fromMessage(request.getIndustryArea()), request.getSupervisingDepartment(),
                    null, EnterpriseMessages.riskColourOf(request),
                    request.hasDualPrevention() ? request.getDualPrevention() : null,
                    EnterpriseMessages.standingOf(request));
            after = request.getPageToken().isEmpty() ? null : parseId(request.getPageToken(), "page_token");
        }
        catch (IllegalArgumentException ex) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException());
            return;
        }
        catch (StatusRuntimeException ex) {
            response.onError(ex);
            return;
        }
        DrawPoolPage page = registry.drawPool(filter, after, size);
        response.onNext(ListDrawPoolResponse.newBuilder()
                .addAllEnterprises(page.enterprises().stream().map(EnterpriseMessages::toMessage).toList())
                .setNextPageToken(page.next() == null ? "" : page.next().toString())
                .setTotalSize(page.total())
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
