package cn.gov.sucheng.worksafety.enterprise.credit.grpc;

import cn.gov.sucheng.worksafety.enterprise.credit.application.ConflictingOutcomeException;
import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditRegister;
import cn.gov.sucheng.worksafety.enterprise.credit.application.RecordedOutcome;
import cn.gov.sucheng.worksafety.enterprise.credit.application.UnknownEnterpriseException;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.credit.model.NewCreditEvent;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditOutcomeServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeResponse;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

/**
 * Receives the credit outcomes of enforcement cases (closure, suspension, blacklist), delivered at least once
 * by enforcement-service's outbox and recorded once per outcome id.
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
        try {
            RecordedOutcome recorded = register.recordOutcome(toNewCreditEvent(request));
            response.onNext(RecordCreditOutcomeResponse.newBuilder()
                    .setEvent(CreditEventMessages.toMessage(recorded.event(), register.today()))
                    .setReplayed(recorded.replayed())
                    .build());
            response.onCompleted();
        }
        catch (StatusRuntimeException ex) {
            response.onError(ex);
        }
        catch (InvalidException ex) {
            response.onError(CreditEventMessages.invalid(CreditEventMessages.protoName(ex.field()), ex.getMessage()));
        }
        catch (UnknownEnterpriseException ex) {
            response.onError(Status.NOT_FOUND.withDescription(ex.getMessage()).asRuntimeException());
        }
        catch (ConflictingOutcomeException ex) {
            String fields = String.join(", ", ex.differingFields().stream().map(CreditEventMessages::protoName).toList());
            response.onError(Status.ALREADY_EXISTS.withDescription("outcome " + ex.outcomeId()
                    + " was recorded before with different " + fields + "; the first delivery stands")
                    .asRuntimeException());
        }
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
