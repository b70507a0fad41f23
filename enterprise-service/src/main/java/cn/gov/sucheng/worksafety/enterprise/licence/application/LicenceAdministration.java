package cn.gov.sucheng.worksafety.enterprise.licence.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.licence.model.Licence;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceAction;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceEvent;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceTerms;
import cn.gov.sucheng.worksafety.enterprise.licence.model.NewLicence;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues work-safety licences (安全生产许可证) and acts on them, keeping who did what, when and why. Every
 * action and its history entry are written in one transaction, or neither is.
 */
@Service
public class LicenceAdministration {

    private final Licences licences;
    private final EnterpriseRegistry enterprises;
    private final LicenceTerms terms;
    private final Clock clock;

    public LicenceAdministration(Licences licences, EnterpriseRegistry enterprises, LicenceSettings settings,
            Clock clock) {
        this.licences = licences;
        this.enterprises = enterprises;
        this.terms = settings.terms();
        this.clock = clock;
    }

    @Transactional
    public LicenceSummary issue(NewLicence request, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.issuedOn().isAfter(now.toLocalDate())) {
            throw new InvalidException("issuedOn", "issuedOn must not be in the future");
        }
        if (!enterprises.isRegistered(request.enterpriseId())) {
            throw new UnprocessableException("enterprise " + request.enterpriseId() + " does not exist");
        }
        Licence licence = Licence.issue(UUID.randomUUID(), request, terms, now);
        licences.add(licence);
        licences.record(new LicenceEvent(licence.id(), LicenceAction.ISSUE, actor, null, licence.expiresOn(), now));
        return LicenceSummary.of(licence, now.toLocalDate(), terms);
    }

    @Transactional(readOnly = true)
    public LicenceSummary get(UUID id) {
        return LicenceSummary.of(existing(id), LocalDate.now(clock), terms);
    }

    @Transactional(readOnly = true)
    public Page<LicenceSummary> find(LicenceQuery query, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return licences.find(query, today, terms, page).map(l -> LicenceSummary.of(l, today, terms));
    }

    /** The licences of one enterprise with their states today, for its profile; empty for an unknown one. */
    @Transactional(readOnly = true)
    public List<LicenceSummary> licencesOf(UUID enterpriseId) {
        LocalDate today = LocalDate.now(clock);
        return licences.ofEnterprise(enterpriseId).stream().map(l -> LicenceSummary.of(l, today, terms)).toList();
    }

    /**
     * Renews a licence. Each action takes {@code basedOn}, the version it was based on (If-Match), or null to
     * act on the current version; the state machine decides either way.
     */
    @Transactional
    public LicenceSummary renew(UUID id, Long basedOn, boolean fatalAccidentInPeriod, String actor, String reason) {
        return act(id, basedOn, LicenceAction.RENEW, actor, reason,
                (l, now) -> l.renew(now, terms, fatalAccidentInPeriod));
    }

    @Transactional
    public LicenceSummary suspend(UUID id, Long basedOn, String actor, String reason) {
        return act(id, basedOn, LicenceAction.SUSPEND, actor, reason, (l, now) -> l.suspend(now, terms));
    }

    @Transactional
    public LicenceSummary reinstate(UUID id, Long basedOn, String actor, String reason) {
        return act(id, basedOn, LicenceAction.REINSTATE, actor, reason, (l, now) -> l.reinstate(now, terms));
    }

    @Transactional
    public LicenceSummary revoke(UUID id, Long basedOn, String actor, String reason) {
        return act(id, basedOn, LicenceAction.REVOKE, actor, reason, (l, now) -> l.revoke(now, terms));
    }

    @Transactional(readOnly = true)
    public Page<LicenceEvent> history(UUID id, PageRequest page) {
        existing(id);
        return licences.events(id, page);
    }

    // Locked, so concurrent actions run one after the other and the second is judged on what the first did.
    private LicenceSummary act(UUID id, Long basedOn, LicenceAction action, String actor, String reason,
            BiFunction<Licence, OffsetDateTime, Licence> change) {
        Licence current = licences.lockById(id).orElseThrow(() -> new NotFoundException("licence", id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("licence", id, basedOn, current.version());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Licence changed = change.apply(current, now);
        licences.update(changed);
        licences.record(new LicenceEvent(id, action, actor, reason, changed.expiresOn(), now));
        return LicenceSummary.of(changed, now.toLocalDate(), terms);
    }

    private Licence existing(UUID id) {
        return licences.byId(id).orElseThrow(() -> new NotFoundException("licence", id));
    }
}
