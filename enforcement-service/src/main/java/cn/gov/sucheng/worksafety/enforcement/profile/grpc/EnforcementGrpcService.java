package cn.gov.sucheng.worksafety.enforcement.profile.grpc;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseRegister;
import cn.gov.sucheng.worksafety.enforcement.cases.application.Cases;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.CaseSummary;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.EnforcementServiceGrpc;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.GetEnterpriseEnforcementRequest;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.GetEnterpriseEnforcementResponse;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.InspectionSummary;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.InspectionRecording;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/** The enforcement part of the one-enterprise profile (一企一档): inspections and cases of an enterprise. */
@Service
class EnforcementGrpcService extends EnforcementServiceGrpc.EnforcementServiceImplBase {

    private final InspectionRecording inspections;
    private final CaseRegister cases;

    EnforcementGrpcService(InspectionRecording inspections, CaseRegister cases) {
        this.inspections = inspections;
        this.cases = cases;
    }

    @Override
    public void getEnterpriseEnforcement(GetEnterpriseEnforcementRequest request,
            StreamObserver<GetEnterpriseEnforcementResponse> response) {
        UUID enterpriseId;
        try {
            enterpriseId = UUID.fromString(request.getEnterpriseId());
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidException("enterprise_id", "is not a UUID: '" + request.getEnterpriseId() + "'");
        }
        if (request.getRecent() < 0) {
            throw new InvalidException("recent", "must not be negative (0 means 5; at most 50)");
        }
        int recent = request.getRecent() == 0 ? 5 : Math.min(50, request.getRecent());
        Page<Inspection> recentInspections = inspections.ofEnterprise(enterpriseId, recent);
        Cases.CaseFigures figures = cases.figuresOf(enterpriseId);
        GetEnterpriseEnforcementResponse.Builder answer = GetEnterpriseEnforcementResponse.newBuilder()
                .setEnterpriseId(enterpriseId.toString())
                .setInspections(recentInspections.total())
                .setCases(figures.total())
                .setOpenCases(figures.open())
                .setFinesTotal(figures.fines().stripTrailingZeros().toPlainString());
        if (!recentInspections.items().isEmpty()) {
            answer.setLastInspectedAt(recentInspections.items().get(0).startedAt().toString());
        }
        recentInspections.items().forEach(i -> answer.addRecentInspections(InspectionSummary.newBuilder()
                .setId(i.id().toString()).setStartedAt(i.startedAt().toString()).setMode(i.mode().name())
                .setConclusion(i.conclusion()).setFindings(i.findings().size())));
        cases.list(enterpriseId, null, false, PageRequest.of(0, recent)).items().forEach(c -> answer.addRecentCases(
                CaseSummary.newBuilder().setId(c.id().toString()).setState(c.state().name())
                        .setViolationType(c.violationType()).setFiledOn(c.filedOn().toString())
                        .setFine(c.fine() == null ? "" : c.fine().stripTrailingZeros().toPlainString())));
        response.onNext(answer.build());
        response.onCompleted();
    }
}
