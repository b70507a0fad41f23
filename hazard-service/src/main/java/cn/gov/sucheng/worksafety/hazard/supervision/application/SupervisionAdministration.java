package cn.gov.sucheng.worksafety.hazard.supervision.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.BiFunction;

import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.supervision.model.Supervision;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionEvent;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionStatus;
import cn.gov.sucheng.worksafety.hazard.supervision.model.TreatmentPlan;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listed supervision of major hazards (重大事故隐患挂牌督办). Listing holds the hazard's close-out and delisting
 * releases it, in the same transaction as the supervision's own change.
 */
@Service
public class SupervisionAdministration {

    private final Supervisions supervisions;
    private final HazardRectification hazards;
    private final SupervisionProperties properties;
    private final Clock clock;

    public SupervisionAdministration(Supervisions supervisions, HazardRectification hazards,
            SupervisionProperties properties, Clock clock) {
        this.supervisions = supervisions;
        this.hazards = hazards;
        this.properties = properties;
        this.clock = clock;
    }

    /** Lists an open major hazard for supervision; 409 when it is not major, closed, or listed already. */
    @Transactional
    public Supervision list(UUID hazardId, long hazardVersion, String supervisingBody, TreatmentPlan plan,
            String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Hazard hazard = hazards.listForSupervision(hazardId, hazardVersion, actor,
                "listed for supervision by " + supervisingBody);
        Supervision.Changed listed = Supervision.list(UUID.randomUUID(), hazardId, hazard.enterpriseId(),
                supervisingBody, plan, actor, now);
        supervisions.add(listed.supervision());
        supervisions.record(listed.event());
        return listed.supervision();
    }

    @Transactional
    public Supervision applyForAcceptance(UUID id, long basedOn, LocalDate appliedOn, String actor, String note) {
        return act(id, basedOn, (s, now) -> s.applyForAcceptance(appliedOn != null ? appliedOn : now.toLocalDate(),
                properties.acceptanceDays(), actor, note, now));
    }

    @Transactional
    public Supervision accept(UUID id, long basedOn, boolean passed, String actor, String note) {
        return act(id, basedOn, (s, now) -> s.accept(passed, actor, note, now));
    }

    @Transactional
    public Supervision evaluate(UUID id, long basedOn, String evaluation, String actor) {
        return act(id, basedOn, (s, now) -> s.evaluate(evaluation, actor, now));
    }

    @Transactional
    public Supervision delist(UUID id, long basedOn, String actor, String note) {
        Supervision delisted = act(id, basedOn, (s, now) -> s.delist(actor, note, now));
        hazards.delist(delisted.hazardId(), actor, "supervision " + id + " delisted (核销)");
        return delisted;
    }

    @Transactional(readOnly = true)
    public Supervision get(UUID id) {
        return supervisions.byId(id).orElseThrow(() -> new NotFoundException("supervision", id));
    }

    @Transactional(readOnly = true)
    public Page<Supervision> find(UUID enterpriseId, SupervisionStatus status, PageRequest page) {
        return supervisions.find(enterpriseId, status, page);
    }

    @Transactional(readOnly = true)
    public Page<SupervisionEvent> history(UUID id, PageRequest page) {
        get(id);
        return supervisions.events(id, page);
    }

    /** Major hazards of the enterprise under supervision now, for its profile. */
    @Transactional(readOnly = true)
    public long underSupervision(UUID enterpriseId) {
        return supervisions.openOf(enterpriseId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Supervision act(UUID id, long basedOn, BiFunction<Supervision, OffsetDateTime, Supervision.Changed> change) {
        Supervision current = supervisions.lockById(id).orElseThrow(() -> new NotFoundException("supervision", id));
        if (current.version() != basedOn) {
            throw new StaleVersionException("supervision", id, basedOn, current.version());
        }
        Supervision.Changed changed = change.apply(current, OffsetDateTime.now(clock));
        supervisions.update(changed.supervision());
        supervisions.record(changed.event());
        return changed.supervision();
    }
}
