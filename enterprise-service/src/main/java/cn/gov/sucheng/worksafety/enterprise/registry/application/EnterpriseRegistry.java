package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.CodeCheckOverride;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCodePolicy;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.EnterpriseRevision;
import cn.gov.sucheng.worksafety.enterprise.registry.model.NewEnterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.OverrideGrant;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, revises and deletes enterprises, and answers who they are. Other features change the attributes
 * they keep on the record (risk colour, dual prevention) only through {@link #lockForChange} and the methods
 * that take its result, so that every change moves the enterprise's version and update time.
 * <p>
 * A look-up that is one statement runs without a transaction of its own: the statement is atomic anyway, and a
 * transaction would add a round trip to PostgreSQL for its COMMIT on the hottest path of the suite, the check
 * every sibling makes over gRPC before it records something of an enterprise. Called inside a caller's
 * transaction, it reads on that transaction's connection.
 */
@Service
public class EnterpriseRegistry {

    private final Enterprises enterprises;
    private final SupervisingDepartmentMapping departments;
    private final CreditCodePolicy creditCodes;
    private final Clock clock;

    public EnterpriseRegistry(Enterprises enterprises, SupervisingDepartmentMapping departments,
            CreditCodeProperties creditCodeProperties, Clock clock) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.creditCodes = new CreditCodePolicy(creditCodeProperties.divisionCodes());
        this.clock = clock;
    }

    /** Registers an enterprise whose credit code must pass its checks. */
    @Transactional
    public Enterprise register(NewEnterprise request) {
        return register(request, null);
    }

    /**
     * Registers an enterprise; a code that fails its checks is accepted only with an override, which is
     * recorded with the enterprise.
     */
    @Transactional
    public Enterprise register(NewEnterprise request, OverrideGrant override) {
        // A town-level caller registers enterprises of its own town only (400 naming the town otherwise).
        TownScope.townFor(request.place().town(), "town");
        OffsetDateTime now = OffsetDateTime.now(clock);
        CodeCheckOverride recorded = creditCodes.admit(request.creditCode(), override, now).orElse(null);
        Enterprise enterprise = new Enterprise(UUID.randomUUID(), request.creditCode(), request.name(),
                request.place(), request.industryArea(), departments.departmentOf(request.industryArea()), null, false,
                0, now, now, recorded);
        enterprises.add(enterprise);
        return enterprise;
    }

    /**
     * Replaces the editable facts of an enterprise, if it is still at version {@code basedOn}; a
     * concurrent change in between is refused, never overwritten.
     *
     * @throws StaleVersionException when the enterprise is at another version
     */
    @Transactional
    public Enterprise revise(UUID id, long basedOn, EnterpriseRevision revision) {
        Enterprise current = get(id);
        // A town-level caller cannot move an enterprise to another town (400 naming the town).
        TownScope.townFor(revision.place().town(), "town");
        if (current.version() != basedOn) {
            throw new StaleVersionException("enterprise", id, basedOn, current.version());
        }
        Enterprise revised = current.revisedBy(revision, departments::departmentOf, OffsetDateTime.now(clock));
        // The read above does not lock: the conditional update is what guarantees no lost update.
        if (!enterprises.update(revised, basedOn)) {
            throw staleOrGone(id, basedOn);
        }
        return revised;
    }

    /**
     * Deletes an enterprise (softly: it stays for history and the provincial sync, and its code may be
     * registered again), if it is at {@code basedOn} when given.
     */
    @Transactional
    public void delete(UUID id, Long basedOn) {
        if (!enterprises.delete(id, basedOn, OffsetDateTime.now(clock))) {
            throw basedOn == null ? new NotFoundException("enterprise", id) : staleOrGone(id, basedOn);
        }
    }

    /**
     * Locks a live enterprise for a change another feature makes, until the caller's transaction ends, so that
     * the caller's own record of the change (its history) is written in the order of the changes.
     *
     * @param basedOn the version the change is based on (If-Match), or null to change the current one
     * @throws NotFoundException when there is no live enterprise with this id
     * @throws StaleVersionException when {@code basedOn} is given and the enterprise is at another version
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enterprise lockForChange(UUID id, Long basedOn) {
        Enterprise locked = enterprises.lockById(id).orElseThrow(() -> new NotFoundException("enterprise", id));
        if (basedOn != null && locked.version() != basedOn) {
            throw new StaleVersionException("enterprise", id, basedOn, locked.version());
        }
        return locked;
    }

    /** Gives a {@link #lockForChange locked} enterprise a newly assessed risk colour, one version on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enterprise assignRiskColour(Enterprise locked, RiskColour colour) {
        return store(locked, locked.withRiskColour(colour, OffsetDateTime.now(clock)));
    }

    /** Sets the dual-prevention flag of a {@link #lockForChange locked} enterprise, one version on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enterprise recordDualPrevention(Enterprise locked, boolean built) {
        return store(locked, locked.withDualPrevention(built, OffsetDateTime.now(clock)));
    }

    private Enterprise store(Enterprise locked, Enterprise changed) {
        if (!enterprises.update(changed, locked.version())) {
            throw staleOrGone(locked.id(), locked.version());
        }
        return changed;
    }

    /** Whether a live enterprise has this id: the check every feature makes before recording something of it. */
    public boolean isRegistered(UUID id) {
        return enterprises.exists(id);
    }

    public Enterprise get(UUID id) {
        return enterprises.byId(id).orElseThrow(() -> new NotFoundException("enterprise", id));
    }

    public Enterprise getByCreditCode(CreditCode code) {
        return enterprises.byCreditCode(code)
                .orElseThrow(() -> new NotFoundException("enterprise with credit code", code));
    }

    public List<Enterprise> getAll(Collection<UUID> ids) {
        return enterprises.byIds(ids);
    }

    @Transactional(readOnly = true)
    public Page<Enterprise> list(EnterpriseFilter filter, PageRequest page) {
        return enterprises.list(filter, page);
    }

    /** Every live enterprise with coordinates that matches, by name: the points of a map. */
    public List<Enterprise> located(EnterpriseFilter filter) {
        return enterprises.located(filter);
    }

    /**
     * A page of the pool for random inspection draws: the live enterprises that match, in id order, so
     * that paging through stays consistent while enterprises are registered.
     */
    @Transactional(readOnly = true)
    public DrawPoolPage drawPool(EnterpriseFilter filter, UUID after, int size) {
        List<Enterprise> found = enterprises.idOrdered(filter, after, size + 1);
        boolean more = found.size() > size;
        List<Enterprise> page = more ? found.subList(0, size) : found;
        return new DrawPoolPage(page, enterprises.count(filter), more ? page.get(size - 1).id() : null);
    }

    private RuntimeException staleOrGone(UUID id, long basedOn) {
        OptionalLong current = enterprises.versionOf(id);
        return current.isPresent() ? new StaleVersionException("enterprise", id, basedOn, current.getAsLong())
                : new NotFoundException("enterprise", id);
    }
}
