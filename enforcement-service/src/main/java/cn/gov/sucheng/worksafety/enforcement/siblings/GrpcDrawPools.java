package cn.gov.sucheng.worksafety.enforcement.siblings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.sucheng.worksafety.enforcement.draw.application.DrawPools;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolOfficer;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolResponse;
import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.OfficerServiceGrpc.OfficerServiceBlockingStub;
import io.grpc.StatusRuntimeException;

import org.springframework.stereotype.Component;

/** The draw pools, page by page: enterprises from enterprise-service's ListDrawPool, officers from training-service. */
@Component
class GrpcDrawPools implements DrawPools {

    private static final int PAGE = 1000;

    private final EnterpriseServiceBlockingStub enterprises;
    private final OfficerServiceBlockingStub officers;

    GrpcDrawPools(EnterpriseServiceBlockingStub enterprises, OfficerServiceBlockingStub officers) {
        this.enterprises = enterprises;
        this.officers = officers;
    }

    @Override
    public List<Candidate> enterprises(String town, String industryArea) {
        ListDrawPoolRequest.Builder request = ListDrawPoolRequest.newBuilder().setPageSize(PAGE);
        if (town != null && !town.isBlank()) {
            request.setTown(town.trim());
        }
        if (industryArea != null && !industryArea.isBlank()) {
            try {
                request.setIndustryArea(IndustryArea.valueOf("INDUSTRY_AREA_" + industryArea.trim()));
            }
            catch (IllegalArgumentException ex) {
                throw new InvalidException("industryArea", "unknown industry area " + industryArea);
            }
        }
        List<Candidate> pool = new ArrayList<>();
        String token = "";
        do {
            ListDrawPoolRequest pageRequest = request.setPageToken(token).build();
            ListDrawPoolResponse page = call("enterprise-service", () -> enterprises.listDrawPool(pageRequest));
            page.getEnterprisesList().forEach(e -> pool.add(new Candidate(e.getId(), e.getName(), e.getTown())));
            token = page.getNextPageToken();
        }
        while (!token.isEmpty());
        return pool;
    }

    @Override
    public List<PoolOfficer> officers(LocalDate asOf) {
        List<PoolOfficer> pool = new ArrayList<>();
        String token = "";
        do {
            String current = token;
            ListEligibleOfficersResponse page = call("training-service", () -> officers.listEligibleOfficers(
                    ListEligibleOfficersRequest.newBuilder().setAsOf(asOf.toString()).setPageSize(PAGE)
                            .setPageToken(current).build()));
            page.getOfficersList().forEach(o -> pool.add(new PoolOfficer(o.getId(), o.getName(), o.getBadgeNumber(),
                    o.getTiedEnterpriseIdsList())));
            token = page.getNextPageToken();
        }
        while (!token.isEmpty());
        return pool;
    }

    private static <T> T call(String sibling, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        }
        catch (StatusRuntimeException ex) {
            throw new DependencyUnavailableException(sibling + " could not give the draw pool: " + ex.getStatus().getCode());
        }
    }
}
