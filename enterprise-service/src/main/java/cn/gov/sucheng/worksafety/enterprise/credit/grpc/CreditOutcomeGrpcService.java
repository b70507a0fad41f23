package cn.gov.sucheng.worksafety.enterprise.credit.grpc;

import cn.gov.sucheng.worksafety.enterprise.credit.application.ConflictingOutcomeException;
import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditRegister;
import cn.gov.sucheng.worksafety.enterprise.credit.application.RecordedOutcome;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.credit.model.NewCreditEvent;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditOutcomeServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeResponse;
import cn.gov.sucheng.worksafety.platform.grpc.ProtoFieldNames;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/**
 * Receives the credit outcomes of enforcement cases (closure, suspension, blacklist), delivered at least once
 * by enforcement-service's outbox and recorded once per outcome id. Refusals are thrown on and answered by the
 * platform (an invalid field as INVALID_ARGUMENT naming its proto field, an unknown enterprise as
 * FAILED_PRECONDITION); only a redelivery that says something else is answered here, as ALREADY_EXISTS naming the
 * differing proto fields, since the sender must stop retrying it.
 */
@Service
class CreditOutcomeGrpcService extends CreditOutcomeServiceGrpc.CreditOutcomeServiceImplBase {

    private final CreditRegister register;

    CreditOutcomeGrpcService(CreditRegister register) {
        this.register = register;
    }

    @Override
    public void recordCreditOutcome(RecordCreditOutcomeRequest request,
            StreamObserver<RecordCreditOutcomeResponse> response) {
        RecordedOutcome recorded;
        try {
            recorded = register.recordOutcome(toNewCreditEvent(request));
        }
        catch (ConflictingOutcomeException ex) {
            String fields = String.join(", ", ex.differingFields().stream().map(ProtoFieldNames::of).toList());
            throw Status.ALREADY_EXISTS.withDescription("outcome " + ex.outcomeId()
                    + " was recorded before with different " + fields + "; the first delivery stands")
                    .asRuntimeException();
        }
        response.onNext(RecordCreditOutcomeResponse.newBuilder()
                .setEvent(CreditEventMessages.toMessage(recorded.event(), register.today()))
                .setReplayed(recorded.replayed())
                .build());
        response.onCompleted();
    }

    private static NewCreditEvent toNewCreditEvent(RecordCreditOutcomeRequest r) {
        return new NewCreditEvent(
                CreditEventMessages.uuid(r.getEnterpriseId(), "enterprise_id"),
                CreditEventMessages.kind(r.getKind()),
                CreditEventSource.ENFORCEMENT_CASE,
                r.getOutcomeId(),
                r.getReason(),
                r.getSourceCase(),
                CreditEventMessages.date(r.getStartDate(), "start_date"),
                CreditEventMessages.date(r.getEndDate(), "end_date"),
                null);
    }
}
