package cn.gov.sucheng.worksafety.enterprise.standardization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Grade;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingAsOf;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.NewGrading;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.StandardizationGrading;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Awards, downgrades and withdraws safety standardization gradings (安全生产标准化), and answers what they are. */
@Service
public class Standardization {

    private final Gradings gradings;
    private final EnterpriseRegistry enterprises;
    private final StandardizationProperties properties;
    private final Clock clock;

    public Standardization(Gradings gradings, EnterpriseRegistry enterprises, StandardizationProperties properties,
            Clock clock) {
        this.gradings = gradings;
        this.enterprises = enterprises;
        this.properties = properties;
        this.clock = clock;
    }

    /** Awards a grading; the enterprise's current one, if any, is superseded by it. */
    @Transactional
    public GradingAsOf award(NewGrading award) {
        if (!enterprises.isRegistered(award.enterpriseId())) {
            throw new UnprocessableException("enterprise " + award.enterpriseId() + " does not exist");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        StandardizationGrading awarded = StandardizationGrading.award(UUID.randomUUID(), award,
                properties.validityYears(), today, now);
        gradings.lockLiveOf(award.enterpriseId()).ifPresent(current -> {
            StandardizationGrading superseded = current.supersededBy(awarded, now);
            gradings.update(superseded, superseded.lastEvent());
        });
        gradings.add(awarded);
        return new GradingAsOf(awarded, today);
    }

    /** Downgrades a grading; {@code basedOn} (If-Match) may be null to act on its current version. */
    @Transactional
    public GradingAsOf downgrade(UUID id, Long basedOn, Grade lower, String reason, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StandardizationGrading downgraded = locked(id, basedOn).downgradeTo(lower, reason, actor, now.toLocalDate(),
                now);
        gradings.update(downgraded, downgraded.lastEvent());
        return new GradingAsOf(downgraded, now.toLocalDate());
    }

    /** Withdraws a grading; {@code basedOn} (If-Match) may be null to act on its current version. */
    @Transactional
    public GradingAsOf withdraw(UUID id, Long basedOn, String reason, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StandardizationGrading withdrawn = locked(id, basedOn).withdraw(reason, actor, now.toLocalDate(), now);
        gradings.update(withdrawn, withdrawn.lastEvent());
        return new GradingAsOf(withdrawn, now.toLocalDate());
    }

    @Transactional(readOnly = true)
    public GradingAsOf get(UUID id) {
        return new GradingAsOf(gradings.byId(id).orElseThrow(() -> new NotFoundException("grading", id)), today());
    }

    @Transactional(readOnly = true)
    public Page<GradingAsOf> list(GradingFilter filter, PageRequest page) {
        LocalDate today = today();
        return gradings.find(filter, today, page).map(grading -> new GradingAsOf(grading, today));
    }

    /**
     * The enterprise's current grading, for its profile (一企一档): the live one, which may have expired;
     * empty when the enterprise was never graded or its last grading was withdrawn.
     */
    @Transactional(readOnly = true)
    public Optional<GradingAsOf> currentGradingOf(UUID enterpriseId) {
        LocalDate today = today();
        return gradings.liveOf(enterpriseId).map(grading -> new GradingAsOf(grading, today));
    }

    // Locked, so concurrent actions run one after the other and the second sees what the first did.
    private StandardizationGrading locked(UUID id, Long basedOn) {
        StandardizationGrading current = gradings.lockById(id).orElseThrow(() -> new NotFoundException("grading", id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("grading", id, basedOn, current.version());
        }
        return current;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
