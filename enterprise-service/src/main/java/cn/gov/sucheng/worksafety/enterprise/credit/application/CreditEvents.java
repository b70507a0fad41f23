package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.credit.model.Lifting;

/** Where credit events are kept. */
public interface CreditEvents {

    void add(CreditEvent event);

    /**
     * Stores {@code event} unless an event with the same source and outcome id is stored already (a replay);
     * true when it was stored.
     */
    boolean addUnlessRecorded(CreditEvent event);

    Optional<CreditEvent> byId(UUID id);

    Optional<CreditEvent> byOutcome(CreditEventSource source, String outcomeId);

    /** One page of the events matching {@code filter}, states taken as of {@code today}, newest start first. */
    List<CreditEvent> find(CreditEventFilter filter, LocalDate today, long offset, int limit);

    long count(CreditEventFilter filter, LocalDate today);

    /** Every event of the enterprise, newest start first. */
    List<CreditEvent> ofEnterprise(UUID enterpriseId);

    boolean anyInForce(UUID enterpriseId, CreditEventKind kind, LocalDate day);

    /** Records the lifting unless the event was lifted meanwhile; true when it was recorded. */
    boolean lift(UUID id, Lifting lifting);
}
