package cn.gov.sucheng.worksafety.enterprise.profile.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enforcement.grpc.v1.EnforcementServiceGrpc;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.EnforcementServiceGrpc.EnforcementServiceStub;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.GetEnterpriseEnforcementRequest;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.GetEnterpriseEnforcementResponse;
import cn.gov.sucheng.worksafety.enterprise.profile.application.SiblingProfiles;
import cn.gov.sucheng.worksafety.enterprise.profile.model.EnforcementFigures;
import cn.gov.sucheng.worksafety.enterprise.profile.model.HazardFigures;
import cn.gov.sucheng.worksafety.enterprise.profile.model.ProfilePart;
import cn.gov.sucheng.worksafety.enterprise.profile.model.TrainingFigures;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc.HazardServiceStub;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.TrainingServiceGrpc;
import cn.gov.sucheng.worksafety.training.grpc.v1.TrainingServiceGrpc.TrainingServiceStub;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/** The siblings asked over gRPC, asynchronously, each call bound to the profile's one deadline. */
@Component
class GrpcSiblingProfiles implements SiblingProfiles {

    private final HazardServiceStub hazards;
    private final EnforcementServiceStub enforcement;
    private final TrainingServiceStub training;

    GrpcSiblingProfiles(GrpcChannelFactory channels) {
        this.hazards = HazardServiceGrpc.newStub(channels.createChannel("hazard"));
        this.enforcement = EnforcementServiceGrpc.newStub(channels.createChannel("enforcement"));
        this.training = TrainingServiceGrpc.newStub(channels.createChannel("training"));
    }

    @Override
    public CompletableFuture<ProfilePart<HazardFigures>> hazards(UUID enterpriseId, Instant deadline) {
        CompletableFuture<ProfilePart<HazardFigures>> result = new CompletableFuture<>();
        hazards.withDeadline(deadlineOf(deadline)).getEnterpriseHazardSummary(
                GetEnterpriseHazardSummaryRequest.newBuilder().setEnterpriseId(enterpriseId.toString()).build(),
                new StreamObserver<>() {
                    @Override
                    public void onNext(GetEnterpriseHazardSummaryResponse r) {
                        result.complete(ProfilePart.of(new HazardFigures(r.getTotal(), r.getOpen(), r.getOpenMajor(),
                                r.getClosed(), r.getLastReportedAt().isEmpty() ? null
                                        : OffsetDateTime.parse(r.getLastReportedAt()), r.getOverdue(),
                                r.getMajorUnderSupervision(), r.getAccidents(), r.getAccidentDeaths())));
                    }

                    @Override
                    public void onError(Throwable t) {
                        result.complete(ProfilePart.missing(reason("hazard-service", t)));
                    }

                    @Override
                    public void onCompleted() {
                        result.complete(ProfilePart.missing("hazard-service answered nothing"));
                    }
                });
        return result;
    }

    @Override
    public CompletableFuture<ProfilePart<Object>> enforcement(UUID enterpriseId, Instant deadline) {
        CompletableFuture<ProfilePart<Object>> result = new CompletableFuture<>();
        enforcement.withDeadline(deadlineOf(deadline)).getEnterpriseEnforcement(
                GetEnterpriseEnforcementRequest.newBuilder().setEnterpriseId(enterpriseId.toString()).build(),
                new StreamObserver<>() {
                    @Override
                    public void onNext(GetEnterpriseEnforcementResponse r) {
                        result.complete(ProfilePart.of(enforcementFigures(r)));
                    }

                    @Override
                    public void onError(Throwable t) {
                        result.complete(ProfilePart.missing(reason("enforcement-service", t)));
                    }

                    @Override
                    public void onCompleted() {
                        result.complete(ProfilePart.missing("enforcement-service answered nothing"));
                    }
                });
        return result;
    }

    private static EnforcementFigures enforcementFigures(GetEnterpriseEnforcementResponse r) {
        return new EnforcementFigures(r.getInspections(),
                r.getLastInspectedAt().isEmpty() ? null : OffsetDateTime.parse(r.getLastInspectedAt()), r.getCases(),
                r.getOpenCases(), new java.math.BigDecimal(r.getFinesTotal().isEmpty() ? "0" : r.getFinesTotal()),
                r.getRecentInspectionsList().stream().map(i -> new EnforcementFigures.RecentInspection(i.getId(),
                        OffsetDateTime.parse(i.getStartedAt()), i.getMode(), i.getConclusion(), i.getFindings())).toList(),
                r.getRecentCasesList().stream().map(c -> new EnforcementFigures.RecentCase(c.getId(), c.getState(),
                        c.getViolationType(), java.time.LocalDate.parse(c.getFiledOn()),
                        c.getFine().isEmpty() ? null : new java.math.BigDecimal(c.getFine()))).toList());
    }

    @Override
    public CompletableFuture<ProfilePart<TrainingFigures>> training(UUID enterpriseId, Instant deadline) {
        CompletableFuture<ProfilePart<TrainingFigures>> result = new CompletableFuture<>();
        training.withDeadline(deadlineOf(deadline)).getEnterpriseTrainingSummary(
                GetEnterpriseTrainingSummaryRequest.newBuilder().setEnterpriseId(enterpriseId.toString()).build(),
                new StreamObserver<>() {
                    @Override
                    public void onNext(GetEnterpriseTrainingSummaryResponse r) {
                        result.complete(ProfilePart.of(trainingFigures(r)));
                    }

                    @Override
                    public void onError(Throwable t) {
                        result.complete(ProfilePart.missing(reason("training-service", t)));
                    }

                    @Override
                    public void onCompleted() {
                        result.complete(ProfilePart.missing("training-service answered nothing"));
                    }
                });
        return result;
    }

    private static TrainingFigures trainingFigures(GetEnterpriseTrainingSummaryResponse r) {
        return TrainingFigures.of(LocalDate.parse(r.getAsOf()), r.getKeyPostHolders(), r.getKeyPostHoldersCertified(),
                r.getHighRiskWorkers(), r.getHighRiskWorkersTrainedAndAssessed(),
                r.getCertificatesDueList().stream().map(c -> new TrainingFigures.CertificateDue(c.getCertificateId(),
                        c.getNumber(), c.getHolderName(), c.getKind(), c.getState(),
                        LocalDate.parse(c.getReviewDueOn()), LocalDate.parse(c.getValidUntil()))).toList());
    }

    private static Deadline deadlineOf(Instant deadline) {
        long nanos = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
        return Deadline.after(nanos, TimeUnit.NANOSECONDS);
    }

    static String reason(String sibling, Throwable failure) {
        Status status = failure instanceof StatusRuntimeException grpc ? grpc.getStatus() : Status.fromThrowable(failure);
        return switch (status.getCode()) {
            case DEADLINE_EXCEEDED -> sibling + " did not answer within the profile's deadline";
            case UNAVAILABLE -> sibling + " is unavailable";
            default -> sibling + " failed: " + status.getCode();
        };
    }
}
