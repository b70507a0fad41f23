package cn.gov.sucheng.worksafety.enterprise.insurance.application;

import java.time.LocalDate;
import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.insurance.model.LiabilityPolicy;
import cn.gov.sucheng.worksafety.enterprise.insurance.model.PolicyState;

/** A policy with its state and the actions it allows on the day it is read. */
public record PolicySummary(LiabilityPolicy policy, PolicyState state, List<String> allowedActions) {

    static PolicySummary of(LiabilityPolicy policy, LocalDate today) {
        return new PolicySummary(policy, policy.stateOn(today), policy.allowedActionsOn(today));
    }
}
