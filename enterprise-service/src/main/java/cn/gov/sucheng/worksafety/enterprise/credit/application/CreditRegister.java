package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.NewCreditEvent;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises' credit record (信用记录): blacklist entries (失信联合惩戒) and closure and suspension orders,
 * entered by staff or received from enforcement cases, and lifted when the punishment is repaired or revoked.
 */
@Service
public class CreditRegister {

    private final CreditEvents events;
    private final EnterpriseRegistry enterprises;
    private final Clock clock;

    public CreditRegister(CreditEvents events, EnterpriseRegistry enterprises, Clock clock) {
        this.events = events;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** Records an event entered by hand; the enterprise must exist. */
    @Transactional
    public CreditEvent record(NewCreditEvent request) {
        requireEnterprise(request);
        CreditEvent event = CreditEvent.record(UUID.randomUUID(), request, OffsetDateTime.now(clock));
        events.add(event);
        return event;
    }

    /**
     * Records an outcome delivered by another system, at least once, under its outcome id. A faithful replay
     * returns the event recorded first and changes nothing, even if the enterprise was deleted since; a replay
     * that says something else is refused with {@link ConflictingOutcomeException}.
     */
    @Transactional
    public RecordedOutcome recordOutcome(NewCreditEvent outcome) {
        Optional<CreditEvent> earlier = events.byOutcome(outcome.source(), outcome.outcomeId());
        if (earlier.isPresent()) {
            return replay(earlier.get(), outcome);
        }
        requireEnterprise(outcome);
        CreditEvent event = CreditEvent.record(UUID.randomUUID(), outcome, OffsetDateTime.now(clock));
        if (events.addUnlessRecorded(event)) {
            return new RecordedOutcome(event, false);
        }
        // A concurrent delivery of the same outcome was stored between our look-up and our insert.
        return replay(events.byOutcome(outcome.source(), outcome.outcomeId()).orElseThrow(), outcome);
    }

    @Transactional(readOnly = true)
    public CreditEvent get(UUID id) {
        return events.byId(id).orElseThrow(() -> new NotFoundException("credit event", id));
    }

    @Transactional(readOnly = true)
    public Page<CreditEvent> list(CreditEventFilter filter, PageRequest page) {
        return events.find(filter, today(), page);
    }

    /**
     * Lifts an event (解除) as of today; refused when it was lifted already or has ended. The event is locked
     * first, so of two concurrent lifts the second sees the first's and is refused.
     *
     * @param basedOn the version the lift is based on (If-Match), or null to lift the current one
     */
    @Transactional
    public CreditEvent lift(UUID id, Long basedOn, String reason, String liftedBy) {
        CreditEvent current = events.lockById(id).orElseThrow(() -> new NotFoundException("credit event", id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("credit event", id, basedOn, current.version());
        }
        CreditEvent lifted = current.lift(reason, liftedBy, OffsetDateTime.now(clock));
        events.lift(lifted);
        return lifted;
    }

    /** The enterprise's whole credit record, newest first, for its profile (一企一档). */
    @Transactional(readOnly = true)
    public List<CreditEvent> creditOf(UUID enterpriseId) {
        return events.ofEnterprise(enterpriseId);
    }

    /** Whether a blacklist entry of the enterprise is in force on {@code day}. */
    @Transactional(readOnly = true)
    public boolean isBlacklisted(UUID enterpriseId, LocalDate day) {
        return events.anyInForce(enterpriseId, CreditEventKind.BLACKLIST, day);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private RecordedOutcome replay(CreditEvent recorded, NewCreditEvent replay) {
        List<String> differences = recorded.differencesFrom(replay);
        if (!differences.isEmpty()) {
            throw new ConflictingOutcomeException(replay.outcomeId(), differences);
        }
        return new RecordedOutcome(recorded, true);
    }

    private void requireEnterprise(NewCreditEvent request) {
        if (!enterprises.isRegistered(request.enterpriseId())) {
            throw new UnknownEnterpriseException(request.enterpriseId());
        }
    }
}
