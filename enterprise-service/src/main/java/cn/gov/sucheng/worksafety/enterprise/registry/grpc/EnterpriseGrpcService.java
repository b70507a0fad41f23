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
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/**
 * The registry as its sibling services see it. What the registry refuses (an unknown enterprise, a malformed
 * credit code) is thrown on, and the platform answers it with its status code.
 */
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
        Enterprise enterprise = registry.get(parseId(request.getId(), "id"));
        response.onNext(GetEnterpriseResponse.newBuilder()
                .setEnterprise(EnterpriseMessages.toMessage(enterprise)).build());
        response.onCompleted();
    }

    @Override
    public void batchGetEnterprises(BatchGetEnterprisesRequest request,
            StreamObserver<BatchGetEnterprisesResponse> response) {
        if (request.getIdsCount() > MAX_BATCH) {
            throw new InvalidException("ids", "at most " + MAX_BATCH + " per batch");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : request.getIdsList()) {
            ids.add(parseId(id, "ids"));
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
        // Format only: codes registered under an override fail the check character on purpose.
        CreditCode code = CreditCode.ofFormat(request.getCreditCode());
        Enterprise enterprise = registry.getByCreditCode(code);
        response.onNext(GetEnterpriseByCreditCodeResponse.newBuilder()
                .setEnterprise(EnterpriseMessages.toMessage(enterprise)).build());
        response.onCompleted();
    }

    @Override
    public void listDrawPool(ListDrawPoolRequest request, StreamObserver<ListDrawPoolResponse> response) {
        if (request.getPageSize() < 0) {
            throw new InvalidException("page_size", "must not be negative");
        }
        int size = request.getPageSize() == 0 ? DEFAULT_DRAW_POOL_PAGE
                : Math.min(request.getPageSize(), MAX_DRAW_POOL_PAGE);
        EnterpriseFilter filter = new EnterpriseFilter(request.getTown(), request.getVillage(), request.getGrid(),
                EnterpriseFilter.inArea(EnterpriseMessages.fromMessage(request.getIndustryArea())),
                request.getSupervisingDepartment(), null, EnterpriseMessages.riskColourOf(request),
                request.hasDualPrevention() ? request.getDualPrevention() : null,
                EnterpriseMessages.standingOf(request));
        UUID after = request.getPageToken().isEmpty() ? null : parseId(request.getPageToken(), "page_token");
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
            throw new InvalidException(field, "is not a UUID: '" + raw + "'");
        }
    }
}
