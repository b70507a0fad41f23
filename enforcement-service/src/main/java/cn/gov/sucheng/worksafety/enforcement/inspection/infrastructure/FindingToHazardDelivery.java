package cn.gov.sucheng.worksafety.enforcement.inspection.infrastructure;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.application.Inspections;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.OutboxTopics;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Finding;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc.HazardServiceBlockingStub;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxHandler;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxMessage;
import cn.gov.sucheng.worksafety.platform.outbox.RejectedMessageException;
import io.grpc.StatusRuntimeException;

import org.springframework.stereotype.Component;

/**
 * Delivers findings to hazard-service (CreateHazardFromFinding, idempotent by finding id) from the outbox and
 * notes the hazard it registered. INVALID_ARGUMENT and FAILED_PRECONDITION are answers that no retry changes, so
 * the message is parked; every other failure (UNAVAILABLE, a deadline) is retried by the relay.
 */
@Component
class FindingToHazardDelivery implements OutboxHandler {

    private final Inspections inspections;
    private final HazardServiceBlockingStub hazards;

    FindingToHazardDelivery(Inspections inspections, HazardServiceBlockingStub hazards) {
        this.inspections = inspections;
        this.hazards = hazards;
    }

    @Override
    public String topic() {
        return OutboxTopics.FINDING_TO_HAZARD;
    }

    @Override
    public void deliver(OutboxMessage message) {
        UUID findingId = UUID.fromString(message.payload());
        Inspection inspection = inspections.byFinding(findingId).orElseThrow(
                () -> new RejectedMessageException("finding " + findingId + " does not exist", null));
        Finding finding = inspection.findings().stream().filter(f -> f.id().equals(findingId)).findFirst().orElseThrow();
        CreateHazardFromFindingRequest.Builder request = CreateHazardFromFindingRequest.newBuilder()
                .setFindingId(finding.id().toString())
                .setInspectionId(inspection.id().toString())
                .setEnterpriseId(inspection.enterprise().id().toString())
                .setDescription(finding.description())
                .setGrade(finding.grade() == cn.gov.sucheng.worksafety.enforcement.inspection.model.FindingGrade.MAJOR
                        ? HazardGrade.HAZARD_GRADE_MAJOR : HazardGrade.HAZARD_GRADE_GENERAL)
                .setFoundAt(inspection.startedAt().toString())
                .addAllOfficerBadges(inspection.officerBadges());
        if (finding.place() != null) {
            request.setPlace(finding.place());
        }
        if (finding.deadline() != null) {
            request.setDeadline(finding.deadline().toString());
        }
        CreateHazardFromFindingResponse response;
        try {
            response = hazards.createHazardFromFinding(request.build());
        }
        catch (StatusRuntimeException ex) {
            switch (ex.getStatus().getCode()) {
                case INVALID_ARGUMENT, FAILED_PRECONDITION -> throw new RejectedMessageException(
                        "hazard-service refused finding " + findingId + ": " + ex.getStatus(), ex);
                default -> throw ex;
            }
        }
        inspections.recordHazard(findingId, UUID.fromString(response.getHazardId()));
    }
}
