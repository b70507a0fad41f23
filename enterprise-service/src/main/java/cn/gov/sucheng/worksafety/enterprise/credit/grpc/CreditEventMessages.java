package cn.gov.sucheng.worksafety.enterprise.credit.grpc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.Lifting;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventState;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/** Credit events between the domain and their gRPC messages. */
final class CreditEventMessages {

    private CreditEventMessages() {
    }

    static cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEvent toMessage(CreditEvent e, LocalDate today) {
        var message = cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEvent.newBuilder()
                .setId(e.id().toString())
                .setEnterpriseId(e.enterpriseId().toString())
                .setKind(cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventKind
                        .valueOf("CREDIT_EVENT_KIND_" + e.kind().name()))
                .setSource(CreditEventSource.valueOf("CREDIT_EVENT_SOURCE_" + e.source().name()))
                .setReason(e.reason())
                .setStartDate(e.startDate().toString())
                .setState(CreditEventState.valueOf("CREDIT_EVENT_STATE_" + e.stateOn(today).name()));
        // proto3 strings cannot be null: absent values stay at their empty default.
        if (e.outcomeId() != null) {
            message.setOutcomeId(e.outcomeId());
        }
        if (e.sourceCase() != null) {
            message.setSourceCase(e.sourceCase());
        }
        if (e.endDate() != null) {
            message.setEndDate(e.endDate().toString());
        }
        if (e.recordedBy() != null) {
            message.setRecordedBy(e.recordedBy());
        }
        Lifting l = e.lifting();
        if (l != null) {
            message.setLiftedOn(l.liftedOn().toString()).setLiftReason(l.reason()).setLiftedBy(l.liftedBy());
        }
        return message.build();
    }

    static CreditEventKind kind(cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventKind kind) {
        return switch (kind) {
            case CREDIT_EVENT_KIND_BLACKLIST -> CreditEventKind.BLACKLIST;
            case CREDIT_EVENT_KIND_CLOSURE_ORDER -> CreditEventKind.CLOSURE_ORDER;
            case CREDIT_EVENT_KIND_SUSPENSION_ORDER -> CreditEventKind.SUSPENSION_ORDER;
            case CREDIT_EVENT_KIND_UNSPECIFIED, UNRECOGNIZED -> throw new InvalidException("kind",
                    "is required: one of BLACKLIST, CLOSURE_ORDER, SUSPENSION_ORDER");
        };
    }

    /** An ISO date, or {@code null} for the empty string proto3 sends for "not given". */
    static LocalDate date(String raw, String field) {
        if (raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        }
        catch (DateTimeParseException ex) {
            throw new InvalidException(field, "is not an ISO-8601 date (YYYY-MM-DD): '" + raw + "'");
        }
    }

    static UUID uuid(String raw, String field) {
        try {
            return UUID.fromString(raw);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidException(field, "is not a UUID: '" + raw + "'");
        }
    }
}
