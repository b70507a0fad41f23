package cn.gov.sucheng.worksafety.enterprise.profile.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enterprise.profile.application.SiblingProfiles;
import cn.gov.sucheng.worksafety.enterprise.profile.model.HazardFigures;
import cn.gov.sucheng.worksafety.enterprise.profile.model.ProfilePart;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc.HazardServiceStub;
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

    GrpcSiblingProfiles(GrpcChannelFactory channels) {
        this.hazards = HazardServiceGrpc.newStub(channels.createChannel("hazard"));
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
        return CompletableFuture.completedFuture(
                ProfilePart.missing("enforcement-service does not offer inspections and cases to the profile yet"));
    }

    @Override
    public CompletableFuture<ProfilePart<Object>> training(UUID enterpriseId, Instant deadline) {
        return CompletableFuture.completedFuture(
                ProfilePart.missing("training-service does not offer certificates and training to the profile yet"));
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
