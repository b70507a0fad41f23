package cn.gov.sucheng.worksafety.enterprise.profile.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

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
import cn.gov.sucheng.worksafety.platform.grpc.SiblingCalls;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.TrainingServiceGrpc;
import cn.gov.sucheng.worksafety.training.grpc.v1.TrainingServiceGrpc.TrainingServiceStub;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * The siblings asked over gRPC, asynchronously, each call bound to the profile's one deadline and made through the
 * platform's {@link SiblingCalls}: a sibling that keeps failing or running late is, for a while, not asked at all,
 * so the profile does not wait out the deadline on every request. A part that could not be had is marked missing
 * with the reason.
 */
@Component
class GrpcSiblingProfiles implements SiblingProfiles {

    private final HazardServiceStub hazards;
    private final EnforcementServiceStub enforcement;
    private final TrainingServiceStub training;
    private final SiblingCalls siblings;

    GrpcSiblingProfiles(GrpcChannelFactory channels, SiblingCalls siblings) {
        this.hazards = HazardServiceGrpc.newStub(channels.createChannel("hazard"));
        this.enforcement = EnforcementServiceGrpc.newStub(channels.createChannel("enforcement"));
        this.training = TrainingServiceGrpc.newStub(channels.createChannel("training"));
        this.siblings = siblings;
    }

    @Override
    public CompletableFuture<ProfilePart<HazardFigures>> hazards(UUID enterpriseId, Instant deadline) {
        var request = GetEnterpriseHazardSummaryRequest.newBuilder().setEnterpriseId(enterpriseId.toString()).build();
        return part("hazard-service", GrpcSiblingProfiles::hazardFigures,
                answer -> hazards.withDeadline(deadlineOf(deadline)).getEnterpriseHazardSummary(request, answer));
    }

    @Override
    public CompletableFuture<ProfilePart<Object>> enforcement(UUID enterpriseId, Instant deadline) {
        var request = GetEnterpriseEnforcementRequest.newBuilder().setEnterpriseId(enterpriseId.toString()).build();
        return part("enforcement-service", GrpcSiblingProfiles::enforcementFigures,
                answer -> enforcement.withDeadline(deadlineOf(deadline)).getEnterpriseEnforcement(request, answer));
    }

    @Override
    public CompletableFuture<ProfilePart<TrainingFigures>> training(UUID enterpriseId, Instant deadline) {
        var request = GetEnterpriseTrainingSummaryRequest.newBuilder().setEnterpriseId(enterpriseId.toString()).build();
        return part("training-service", GrpcSiblingProfiles::trainingFigures,
                answer -> training.withDeadline(deadlineOf(deadline)).getEnterpriseTrainingSummary(request, answer));
    }

    private static HazardFigures hazardFigures(GetEnterpriseHazardSummaryResponse r) {
        return new HazardFigures(r.getTotal(), r.getOpen(), r.getOpenMajor(), r.getClosed(),
                r.getLastReportedAt().isEmpty() ? null : OffsetDateTime.parse(r.getLastReportedAt()), r.getOverdue(),
                r.getMajorUnderSupervision(), r.getAccidents(), r.getAccidentDeaths());
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

    /** One unary call as a profile part: its figures, or missing with the reason the sibling could not give them. */
    private <R, P> CompletableFuture<ProfilePart<P>> part(String sibling, Function<? super R, ? extends P> figures,
            Consumer<StreamObserver<R>> call) {
        return siblings.callAsync(sibling, () -> {
            CompletableFuture<R> answer = new CompletableFuture<>();
            call.accept(new StreamObserver<>() {
                @Override
                public void onNext(R value) {
                    answer.complete(value);
                }

                @Override
                public void onError(Throwable t) {
                    answer.completeExceptionally(t);
                }

                @Override
                public void onCompleted() {
                    answer.completeExceptionally(Status.INTERNAL.withDescription("answered nothing").asRuntimeException());
                }
            });
            return answer;
        }).thenApply(r -> ProfilePart.<P>of(figures.apply(r)))
                .exceptionally(failure -> ProfilePart.missing(reason(failure)));
    }

    // The sibling's failure as SiblingCalls put it, e.g. "hazard-service did not answer in time (deadline exceeded)".
    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause.getMessage();
    }
}
