package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.NewEnterprise;
import cn.gov.sucheng.worksafety.platform.problem.DomainProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers enterprises and answers who they are. */
@Service
public class EnterpriseRegistry {

    private final Enterprises enterprises;
    private final SupervisingDepartments departments;
    private final Clock clock;

    public EnterpriseRegistry(Enterprises enterprises, SupervisingDepartments departments, Clock clock) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional
    public Enterprise register(NewEnterprise request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Enterprise enterprise = new Enterprise(UUID.randomUUID(), request.creditCode(), request.name(),
                request.place(), request.industryArea(), departments.of(request.industryArea()), 0, now, now);
        enterprises.add(enterprise);
        return enterprise;
    }

    @Transactional(readOnly = true)
    public Enterprise get(UUID id) {
        return enterprises.byId(id).orElseThrow(() -> DomainProblem.notFound("enterprise", id));
    }

    @Transactional(readOnly = true)
    public List<Enterprise> getAll(Collection<UUID> ids) {
        return enterprises.byIds(ids);
    }
}
