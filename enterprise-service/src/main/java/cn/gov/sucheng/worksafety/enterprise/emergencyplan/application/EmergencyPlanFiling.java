package cn.gov.sucheng.worksafety.enterprise.emergencyplan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.NewPlan;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.ReviewOutcome;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files enterprises' emergency plans (应急预案备案), records their reviews and answers what is filed. */
@Service
public class EmergencyPlanFiling {

    private final EmergencyPlans plans;
    private final EnterpriseRegistry enterprises;
    private final EmergencyPlanProperties properties;
    private final Clock clock;

    public EmergencyPlanFiling(EmergencyPlans plans, EnterpriseRegistry enterprises, EmergencyPlanProperties properties,
            Clock clock) {
        this.plans = plans;
        this.enterprises = enterprises;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public EmergencyPlan file(NewPlan plan) {
        if (!enterprises.isRegistered(plan.enterpriseId())) {
            throw new UnprocessableException("enterprise " + plan.enterpriseId() + " does not exist");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        EmergencyPlan filed = EmergencyPlan.file(UUID.randomUUID(), plan, properties.reviewIntervalYears(),
                now.toLocalDate(), now);
        plans.add(filed);
        return filed;
    }

    /**
     * Records a review; {@code nextReviewDueOn} may be null for the configured interval. The plan is locked
     * first, so concurrent reviews are recorded one after the other.
     *
     * @param basedOn the version the review is based on (If-Match), or null to review the current one
     */
    @Transactional
    public EmergencyPlan review(UUID id, Long basedOn, LocalDate reviewedOn, ReviewOutcome outcome,
            LocalDate nextReviewDueOn, String reviewedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        EmergencyPlan plan = plans.lockById(id).orElseThrow(() -> new NotFoundException("emergency plan", id));
        if (basedOn != null && plan.version() != basedOn) {
            throw new StaleVersionException("emergency plan", id, basedOn, plan.version());
        }
        EmergencyPlan reviewed = plan.review(reviewedOn, outcome, nextReviewDueOn, reviewedBy,
                properties.reviewIntervalYears(), now.toLocalDate(), now);
        plans.update(reviewed, reviewed.lastReview());
        return reviewed;
    }

    @Transactional(readOnly = true)
    public EmergencyPlan get(UUID id) {
        return plans.byId(id).orElseThrow(() -> new NotFoundException("emergency plan", id));
    }

    @Transactional(readOnly = true)
    public Page<EmergencyPlan> list(PlanFilter filter, PageRequest page) {
        return plans.find(filter, LocalDate.now(clock), page);
    }

    /** Every plan the enterprise has filed, most recent first, for its profile (一企一档). */
    @Transactional(readOnly = true)
    public List<EmergencyPlan> plansOf(UUID enterpriseId) {
        return plans.ofEnterprise(enterpriseId);
    }
}
