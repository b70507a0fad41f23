package cn.gov.sucheng.worksafety.training.officer.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.officer.model.BackgroundShare;
import cn.gov.sucheng.worksafety.training.officer.model.Officer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement officers and their credentials; what enforcement-service's random draw asks. Every read
 * goes to the database, so a credential change is visible to the next draw.
 */
@Service
public class OfficerRoster {

    public static final int DEFAULT_POOL_PAGE = 500;
    public static final int MAX_POOL_PAGE = 1000;

    private final Officers officers;
    private final Clock clock;

    public OfficerRoster(Officers officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Officer register(String name, String badgeNumber, String department, LocalDate credentialValidUntil,
            boolean safetyBackground, int trainingHours, Set<UUID> tiedEnterpriseIds) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Officer officer = new Officer(UUID.randomUUID(), name, badgeNumber, department, credentialValidUntil,
                safetyBackground, trainingHours, tiedEnterpriseIds, null, 0, now, now);
        officers.add(officer);
        return officer;
    }

    @Transactional(readOnly = true)
    public Officer get(UUID id) {
        return officers.byId(id).orElseThrow(() -> new NotFoundException("officer", id));
    }

    @Transactional(readOnly = true)
    public Officer byBadge(String badgeNumber) {
        return officers.byBadge(badgeNumber).orElseThrow(() -> new NotFoundException("officer with badge", badgeNumber));
    }

    @Transactional(readOnly = true)
    public Page<Officer> find(String department, Boolean eligible, PageRequest page) {
        return officers.find(department, eligible, today(), page);
    }

    @Transactional(readOnly = true)
    public BackgroundShare backgroundShare(String department) {
        return officers.backgroundShare(department);
    }

    /** One page of the draw pool; {@code pageSize} 0 means {@value #DEFAULT_POOL_PAGE}. */
    @Transactional(readOnly = true)
    public List<Officer> eligible(LocalDate day, String department, UUID afterId, int pageSize) {
        if (pageSize < 0 || pageSize > MAX_POOL_PAGE) {
            throw new InvalidException("page_size", "page_size must lie between 0 and " + MAX_POOL_PAGE);
        }
        return officers.eligible(day, department, afterId, pageSize == 0 ? DEFAULT_POOL_PAGE : pageSize);
    }

    @Transactional
    public Officer suspend(UUID id, Long basedOn, String reason) {
        return saved(lock(id, basedOn).suspend(reason, OffsetDateTime.now(clock)));
    }

    @Transactional
    public Officer reinstate(UUID id, Long basedOn) {
        return saved(lock(id, basedOn).reinstate(OffsetDateTime.now(clock)));
    }

    @Transactional
    public Officer renewCredential(UUID id, Long basedOn, LocalDate validUntil) {
        return saved(lock(id, basedOn).renewCredential(validUntil, OffsetDateTime.now(clock)));
    }

    private Officer saved(Officer officer) {
        officers.update(officer);
        return officer;
    }

    private Officer lock(UUID id, Long basedOn) {
        Officer current = officers.lockById(id).orElseThrow(() -> new NotFoundException("officer", id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("officer", id, basedOn, current.version());
        }
        return current;
    }
}
