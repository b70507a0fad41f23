package cn.gov.sucheng.worksafety.hazard.reporting.grpc;

import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import cn.gov.sucheng.worksafety.hazard.reporting.application.HazardReporting;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardSummary;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/** Hazard figures for the enterprise registry's one-enterprise profile. */
@Service
class HazardGrpcService extends HazardServiceGrpc.HazardServiceImplBase {

    private final HazardReporting reporting;

    HazardGrpcService(HazardReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public void getEnterpriseHazardSummary(GetEnterpriseHazardSummaryRequest request,
            StreamObserver<GetEnterpriseHazardSummaryResponse> response) {
        UUID enterpriseId;
        try {
            enterpriseId = UUID.fromString(request.getEnterpriseId());
        }
        catch (IllegalArgumentException ex) {
            response.onError(Status.INVALID_ARGUMENT
                    .withDescription("enterprise_id is not a UUID: '" + request.getEnterpriseId() + "'")
                    .asRuntimeException());
            return;
        }
        HazardSummary summary = reporting.summaryOf(enterpriseId);
        response.onNext(GetEnterpriseHazardSummaryResponse.newBuilder()
                .setEnterpriseId(enterpriseId.toString())
                .setTotal(summary.total())
                .setOpen(summary.open())
                .setOpenMajor(summary.openMajor())
                .setClosed(summary.closed())
                .setLastReportedAt(summary.lastReportedAt() == null ? "" : summary.lastReportedAt().toString())
                .build());
        response.onCompleted();
    }
}
