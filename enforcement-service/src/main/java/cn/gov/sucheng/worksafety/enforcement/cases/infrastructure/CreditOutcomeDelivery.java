package cn.gov.sucheng.worksafety.enforcement.cases.infrastructure;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseDocument;
import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseRegister;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CreditOutcome;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.cases.model.EnforcementCase;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditOutcomeServiceGrpc.CreditOutcomeServiceBlockingStub;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeRequest;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxHandler;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxMessage;
import cn.gov.sucheng.worksafety.platform.outbox.RejectedMessageException;
import io.grpc.StatusRuntimeException;

import org.springframework.stereotype.Component;

/**
 * Sends a decided case's credit outcome (closure, suspension, blacklist) to enterprise-service, idempotent by the
 * outcome id "{case id}:{kind}". INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION and ALREADY_EXISTS are answers no
 * retry changes: the message is parked. Anything else is retried.
 */
@Component
class CreditOutcomeDelivery implements OutboxHandler {

    private final CaseRegister cases;
    private final CreditOutcomeServiceBlockingStub credit;

    CreditOutcomeDelivery(CaseRegister cases, CreditOutcomeServiceBlockingStub credit) {
        this.cases = cases;
        this.credit = credit;
    }

    @Override
    public String topic() {
        return CaseRegister.CREDIT_OUTCOME_TOPIC;
    }

    @Override
    public void deliver(OutboxMessage message) {
        EnforcementCase c = cases.get(UUID.fromString(message.payload()));
        CreditOutcome outcome = c.creditOutcome();
        String decision = cases.documents(c.id()).stream().filter(d -> d.kind() == DocumentKind.PENALTY_DECISION)
                .map(CaseDocument::number).findFirst().orElse("");
        RecordCreditOutcomeRequest.Builder request = RecordCreditOutcomeRequest.newBuilder()
                .setOutcomeId(c.id() + ":" + outcome.kind())
                .setEnterpriseId(c.enterpriseId().toString())
                .setKind(CreditEventKind.valueOf("CREDIT_EVENT_KIND_" + outcome.kind().name()))
                .setReason(c.summary().length() > 500 ? c.summary().substring(0, 500) : c.summary())
                .setSourceCase(decision)
                .setStartDate(outcome.startDate().toString());
        if (outcome.endDate() != null) {
            request.setEndDate(outcome.endDate().toString());
        }
        try {
            credit.recordCreditOutcome(request.build());
        }
        catch (StatusRuntimeException ex) {
            switch (ex.getStatus().getCode()) {
                case INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION, ALREADY_EXISTS -> throw new RejectedMessageException(
                        "enterprise-service refused the outcome of case " + c.id() + ": " + ex.getStatus(), ex);
                default -> throw ex;
            }
        }
    }
}
