package cn.gov.sucheng.worksafety.enterprise.credit.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState;
import cn.gov.sucheng.worksafety.enterprise.credit.model.Lifting;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A credit event as the REST API shows it.
 *
 * @param state as of today
 * @param lift present once the event was lifted
 * @param version also the ETag; a lift may name it in If-Match
 */
@NullMarked
public record CreditEventView(
        UUID id,
        UUID enterpriseId,
        CreditEventKind kind,
        CreditEventSource source,
        @Nullable String outcomeId,
        String reason,
        @Nullable String sourceCase,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        CreditEventState state,
        @Nullable String recordedBy,
        OffsetDateTime recordedAt,
        @Nullable LiftView lift,
        long version) {

    /** How an event was lifted (解除). */
    @NullMarked
    public record LiftView(LocalDate liftedOn, OffsetDateTime liftedAt, String reason, String liftedBy) {
    }

    public static CreditEventView of(CreditEvent e, LocalDate today) {
        Lifting l = e.lifting();
        return new CreditEventView(e.id(), e.enterpriseId(), e.kind(), e.source(), e.outcomeId(), e.reason(),
                e.sourceCase(), e.startDate(), e.endDate(), e.stateOn(today), e.recordedBy(), e.recordedAt(),
                l == null ? null : new LiftView(l.liftedOn(), l.liftedAt(), l.reason(), l.liftedBy()), e.version());
    }
}
