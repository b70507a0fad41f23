package cn.gov.sucheng.worksafety.enterprise.insurance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.insurance.model.LiabilityPolicy;
import cn.gov.sucheng.worksafety.enterprise.insurance.model.NewPolicy;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work-safety liability insurance (安全生产责任保险): records the policies of enterprises, cancels them, and
 * lists the high-risk enterprises without cover in force, for follow-up.
 */
@Service
public class LiabilityInsurance {

    /** The registry's standing criterion this feature answers: no policy in force on the given day. */
    public static final String UNCOVERED_ON = "liabilityCoverMissingOn";

    private final LiabilityPolicies policies;
    private final EnterpriseRegistry enterprises;
    private final LiabilityInsuranceProperties properties;
    private final Clock clock;

    public LiabilityInsurance(LiabilityPolicies policies, EnterpriseRegistry enterprises,
            LiabilityInsuranceProperties properties, Clock clock) {
        this.policies = policies;
        this.enterprises = enterprises;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public PolicySummary record(NewPolicy request, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!enterprises.isRegistered(request.enterpriseId())) {
            throw new UnprocessableException("enterprise " + request.enterpriseId() + " does not exist");
        }
        LiabilityPolicy policy = LiabilityPolicy.record(UUID.randomUUID(), request, actor, now);
        policies.add(policy);
        return PolicySummary.of(policy, now.toLocalDate());
    }

    @Transactional(readOnly = true)
    public PolicySummary get(UUID id) {
        return PolicySummary.of(policies.byId(id).orElseThrow(() -> notFound(id)), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Page<PolicySummary> find(PolicyQuery query, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return policies.find(query, page).map(p -> PolicySummary.of(p, today));
    }

    @Transactional
    public PolicySummary cancel(UUID id, Long basedOn, LocalDate effectiveOn, String reason, String actor) {
        LiabilityPolicy current = policies.lockById(id).orElseThrow(() -> notFound(id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("liability insurance policy", id, basedOn, current.version());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LiabilityPolicy cancelled = current.cancel(effectiveOn, reason, actor, now.toLocalDate(), now);
        policies.update(cancelled);
        return PolicySummary.of(cancelled, now.toLocalDate());
    }

    /** Live enterprises of the configured high-risk industry areas that no policy covers on {@code day}. */
    @Transactional(readOnly = true)
    public Page<Enterprise> uncoveredOn(LocalDate day, PageRequest page) {
        return enterprises.list(
                new EnterpriseFilter(null, null, null, properties.highRiskIndustryAreas(), null, null, null, null,
                        Map.of(UNCOVERED_ON, day.toString())), page);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("liability insurance policy", id);
    }
}
