package cn.gov.sucheng.worksafety.enforcement.siblings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.sucheng.worksafety.enforcement.draw.application.DrawPools;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolOfficer;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc.EnterpriseServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolResponse;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.grpc.SiblingCalls;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.OfficerServiceGrpc.OfficerServiceBlockingStub;
import org.springframework.stereotype.Component;

/**
 * The draw pools, page by page: enterprises from enterprise-service's ListDrawPool, officers from training-service,
 * each through the platform's {@link SiblingCalls} (deadline, breaker, 503 when a sibling cannot answer).
 */
@Component
class GrpcDrawPools implements DrawPools {

    private static final int PAGE = 1000;

    private final EnterpriseServiceBlockingStub enterprises;
    private final OfficerServiceBlockingStub officers;
    private final SiblingCalls siblings;

    GrpcDrawPools(EnterpriseServiceBlockingStub enterprises, OfficerServiceBlockingStub officers,
            SiblingCalls siblings) {
        this.enterprises = enterprises;
        this.officers = officers;
        this.siblings = siblings;
    }

    @Override
    public List<Candidate> enterprises(String town, String industryArea) {
        ListDrawPoolRequest.Builder request = ListDrawPoolRequest.newBuilder().setPageSize(PAGE);
        if (town != null && !town.isBlank()) {
            request.setTown(town.trim());
        }
        if (industryArea != null && !industryArea.isBlank()) {
            request.setIndustryArea(IndustryAreaCodes.of(industryArea.trim())
                    .orElseThrow(() -> new InvalidException("industryArea", IndustryAreaCodes.NOT_AN_AREA)));
        }
        List<Candidate> pool = new ArrayList<>();
        String token = "";
        do {
            ListDrawPoolRequest pageRequest = request.setPageToken(token).build();
            ListDrawPoolResponse page = siblings.call(SiblingNames.ENTERPRISE, () -> enterprises.listDrawPool(pageRequest));
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
            ListEligibleOfficersResponse page = siblings.call(SiblingNames.TRAINING, () -> officers.listEligibleOfficers(
                    ListEligibleOfficersRequest.newBuilder().setAsOf(asOf.toString()).setPageSize(PAGE)
                            .setPageToken(current).build()));
            page.getOfficersList().forEach(o -> pool.add(new PoolOfficer(o.getId(), o.getName(), o.getBadgeNumber(),
                    o.getTiedEnterpriseIdsList())));
            token = page.getNextPageToken();
        }
        while (!token.isEmpty());
        return pool;
    }
}
