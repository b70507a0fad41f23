package cn.gov.sucheng.worksafety.training.coverage.grpc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.certificate.application.CertificateRegister;
import cn.gov.sucheng.worksafety.training.certificate.application.CertificateSummary;
import cn.gov.sucheng.worksafety.training.certificate.application.Certificates.CertificateQuery;
import cn.gov.sucheng.worksafety.training.certificate.model.Certificate;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewSchedule;
import cn.gov.sucheng.worksafety.training.coverage.application.KeyPostCoverage;
import cn.gov.sucheng.worksafety.training.coverage.model.Coverage;
import cn.gov.sucheng.worksafety.training.grpc.v1.CertificateDue;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.TrainingServiceGrpc;
import cn.gov.sucheng.worksafety.training.trainee.application.Trainees;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/** An enterprise's coverage and certificates due, for its one-enterprise profile in enterprise-service. */
@Service
class TrainingSummaryGrpcService extends TrainingServiceGrpc.TrainingServiceImplBase {

    private final KeyPostCoverage coverage;
    private final CertificateRegister certificates;
    private final Trainees trainees;

    TrainingSummaryGrpcService(KeyPostCoverage coverage, CertificateRegister certificates, Trainees trainees) {
        this.coverage = coverage;
        this.certificates = certificates;
        this.trainees = trainees;
    }

    @Override
    public void getEnterpriseTrainingSummary(GetEnterpriseTrainingSummaryRequest request,
            StreamObserver<GetEnterpriseTrainingSummaryResponse> response) {
        UUID enterpriseId;
        try {
            enterpriseId = UUID.fromString(request.getEnterpriseId());
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidException("enterprise_id", "enterprise_id must be a UUID");
        }
        LocalDate day;
        try {
            day = request.getAsOf().isEmpty() ? coverage.today() : LocalDate.parse(request.getAsOf());
        }
        catch (DateTimeParseException ex) {
            throw new InvalidException("as_of", "as_of must be an ISO-8601 date");
        }
        Coverage c = coverage.ofEnterprise(enterpriseId, day);
        // In the window or overdue: due no later than the window's last day counted from today.
        Page<CertificateSummary> due = certificates.find(
                new CertificateQuery(enterpriseId, null, null, ReviewSchedule.WINDOW_DAYS - 1),
                new PageRequest(0, Page.MAX_SIZE));
        Map<UUID, String> names = trainees.byIds(due.items().stream().map(s -> s.certificate().holderId()).toList())
                .stream().collect(Collectors.toMap(Trainee::id, Trainee::name, (a, b) -> a));
        GetEnterpriseTrainingSummaryResponse.Builder answer = GetEnterpriseTrainingSummaryResponse.newBuilder()
                .setEnterpriseId(enterpriseId.toString()).setAsOf(day.toString())
                .setKeyPostHolders(c.keyPostHolders()).setKeyPostHoldersCertified(c.certified())
                .setHighRiskWorkers(c.highRiskWorkers()).setHighRiskWorkersTrainedAndAssessed(c.trainedAndAssessed());
        for (CertificateSummary s : due.items()) {
            Certificate cert = s.certificate();
            answer.addCertificatesDue(CertificateDue.newBuilder().setCertificateId(cert.id().toString())
                    .setNumber(cert.number()).setHolderName(names.getOrDefault(cert.holderId(), ""))
                    .setKind(cert.kind().name()).setState(s.state().name())
                    .setReviewDueOn(cert.nextReviewDue().toString()).setValidUntil(cert.validUntil().toString()));
        }
        response.onNext(answer.build());
        response.onCompleted();
    }
}
