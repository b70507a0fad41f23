package cn.gov.sucheng.worksafety.enterprise.emergencyplan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.PlanReview;

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

    /** Up to {@code limit} plans matching the filter from {@code offset} on, the earliest review due first. */
    Found<EmergencyPlan> find(PlanFilter filter, LocalDate today, long offset, int limit);
}
