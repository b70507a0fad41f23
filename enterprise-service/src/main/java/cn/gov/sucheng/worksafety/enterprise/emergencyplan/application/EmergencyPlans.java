package cn.gov.sucheng.worksafety.enterprise.emergencyplan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.PlanReview;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where filed plans and their reviews are kept. */
public interface EmergencyPlans {

    /** Stores a newly filed plan; fails with an {@code AlreadyExistsException} when its filing number is taken. */
    void add(EmergencyPlan plan);

    /** Stores the plan's new review date and appends {@code review}. */
    void update(EmergencyPlan plan, PlanReview review);

    Optional<EmergencyPlan> byId(UUID id);

    /** The plan, locked until the transaction ends so that two reviews of it run one after the other. */
    Optional<EmergencyPlan> lockById(UUID id);

    /** All plans of an enterprise, most recently filed first. */
    List<EmergencyPlan> ofEnterprise(UUID enterpriseId);

    /** One page of the plans matching the filter, the earliest review due first. */
    Page<EmergencyPlan> find(PlanFilter filter, LocalDate today, PageRequest page);
}
