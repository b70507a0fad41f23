package cn.gov.sucheng.worksafety.enterprise.insurance.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.insurance.model.LiabilityPolicy;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where liability insurance policies are kept. */
public interface LiabilityPolicies {

    /** Stores a new policy; fails with {@code AlreadyExistsException} if its number is recorded already. */
    void add(LiabilityPolicy policy);

    Optional<LiabilityPolicy> byId(UUID id);

    /** The policy, locked until the transaction ends so that two cancellations cannot interleave. */
    Optional<LiabilityPolicy> lockById(UUID id);

    /** Stores a policy's cancellation, version and update time. */
    void update(LiabilityPolicy policy);

    /** The policies matching {@code query}, the latest start first. */
    Page<LiabilityPolicy> find(PolicyQuery query, PageRequest page);
}
