package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

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
    Page<CreditEvent> find(CreditEventFilter filter, LocalDate today, PageRequest page);

    /** Every event of the enterprise, newest start first. */
    List<CreditEvent> ofEnterprise(UUID enterpriseId);

    boolean anyInForce(UUID enterpriseId, CreditEventKind kind, LocalDate day);

    /** The event, locked until the transaction ends so that two lifts of it run one after the other. */
    Optional<CreditEvent> lockById(UUID id);

    /** Stores the lifting and the new version of a {@link #lockById locked} event. */
    void lift(CreditEvent lifted);
}
